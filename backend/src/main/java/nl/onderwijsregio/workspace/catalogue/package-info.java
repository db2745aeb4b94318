/** The shared catalogue of data sources (Handreiking Databronnen): search with facets, partners, maintenance. */
@NullMarked
package nl.onderwijsregio.workspace.catalogue;

import org.jspecify.annotations.NullMarked;
