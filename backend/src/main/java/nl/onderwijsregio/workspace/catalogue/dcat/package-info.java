/**
 * The shared catalogue published as DCAT-AP-DONL (the Dutch profile of DCAT used by data.overheid.nl): an RDF graph
 * built with Apache Jena and written as JSON-LD or Turtle.
 */
@NullMarked
package nl.onderwijsregio.workspace.catalogue.dcat;

import org.jspecify.annotations.NullMarked;
