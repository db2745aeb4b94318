/** Municipalities as reference data: boundaries (CBS/PDOK), adjacency, their province, COROP and arbeidsmarktregio. */
@NullMarked
package nl.onderwijsregio.workspace.geo;

import org.jspecify.annotations.NullMarked;
