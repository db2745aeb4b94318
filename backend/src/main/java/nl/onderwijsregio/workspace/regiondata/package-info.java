/**
 * A region's data on request (AVG): everything of a region as one ZIP (JSON per table, plus the register as the
 * screens export it), and the erasure of a region that leaves the workspace (migration V23, {@code erase_region}).
 */
@NullMarked
package nl.onderwijsregio.workspace.regiondata;

import org.jspecify.annotations.NullMarked;
