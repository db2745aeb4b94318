/**
 * The shared catalogue published as DCAT-AP-NL 3.0 (the Dutch profile of DCAT that data.overheid.nl harvests): an RDF graph
 * built with Apache Jena and written as JSON-LD, Turtle or RDF/XML.
 */
@NullMarked
package nl.onderwijsregio.workspace.catalogue.dcat;

import org.jspecify.annotations.NullMarked;
