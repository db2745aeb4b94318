/** Screens of the catalogue: search with facets, the entry detail, the data partners. */
@NullMarked
package nl.onderwijsregio.workspace.catalogue.ui;

import org.jspecify.annotations.NullMarked;
