/** Screens of the priorities: the region's own ranked list and the comparison with other regions. */
@NullMarked
package nl.onderwijsregio.workspace.priorities.ui;

import org.jspecify.annotations.NullMarked;
