/** The language each person chose (Nederlands or English), remembered for their next sessions. */
@NullMarked
package nl.onderwijsregio.workspace.language;

import org.jspecify.annotations.NullMarked;
