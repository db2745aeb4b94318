/** A region's ranked priorities along the ABC themes, and their comparison with neighbouring regions. */
@NullMarked
package nl.onderwijsregio.workspace.priorities;

import org.jspecify.annotations.NullMarked;
