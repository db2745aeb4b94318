/**
 * The region's labour-market analysis (arbeidsmarktanalyse): editions with chapters along the national template,
 * Markdown text with evidence and citations, versions, comments while ter bespreking, vastgestelde releases that the
 * region may share with its neighbours and the Realisatie-Eenheid, and delivery as DOCX, PDF and Markdown.
 */
@NullMarked
package nl.onderwijsregio.workspace.analysis;

import org.jspecify.annotations.NullMarked;
