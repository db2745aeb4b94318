/** The region's register of obtained closed data: what was asked of whom, under which agreement, kept until when. */
@NullMarked
package nl.onderwijsregio.workspace.register;

import org.jspecify.annotations.NullMarked;
