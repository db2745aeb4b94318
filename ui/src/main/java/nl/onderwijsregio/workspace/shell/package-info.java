/** The application shell: layout, navigation, translations and error pages. */
@NullMarked
package nl.onderwijsregio.workspace.shell;

import org.jspecify.annotations.NullMarked;
