/** REST endpoints of the catalogue: search with facets, one entry, the data partners, the DCAT-AP-DONL publication. */
@NullMarked
package nl.onderwijsregio.workspace.catalogue.api;

import org.jspecify.annotations.NullMarked;
