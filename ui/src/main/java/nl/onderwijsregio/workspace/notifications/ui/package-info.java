/** A person's e-mail settings, the unsubscribe page of the mails' links, and the header link to the settings. */
@NullMarked
package nl.onderwijsregio.workspace.notifications.ui;

import org.jspecify.annotations.NullMarked;
