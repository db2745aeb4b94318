/** REST API of the priorities: a region's ranked priorities and the comparison of regions. */
@NullMarked
package nl.onderwijsregio.workspace.priorities.api;

import org.jspecify.annotations.NullMarked;
