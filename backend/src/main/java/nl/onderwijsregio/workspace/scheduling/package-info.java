/** Time in the workspace: the one clock every service reads "today" from, and the scheduled jobs switched on. */
@NullMarked
package nl.onderwijsregio.workspace.scheduling;

import org.jspecify.annotations.NullMarked;
