/** REST endpoints of the register: a region's entries, under the same rules and validation as the screens. */
@NullMarked
package nl.onderwijsregio.workspace.register.api;

import org.jspecify.annotations.NullMarked;
