/**
 * The curated shared catalogue of data sources from the Handreiking Databronnen (a classpath data file) and the
 * facets derived from its text: access, sectors, granularity, data partner and sensitivity.
 */
@NullMarked
package nl.onderwijsregio.workspace.catalogue.source;

import org.jspecify.annotations.NullMarked;
