/**
 * The one seam through which texts reach people: message keys with arguments ({@link
 * nl.onderwijsregio.workspace.messages.Message}), resolved from the bundle {@code i18n/texts} in Dutch or English.
 */
@NullMarked
package nl.onderwijsregio.workspace.messages;

import org.jspecify.annotations.NullMarked;
