/** Screens around signing in and out: the landing page, the user menu and the access-denied page. */
@NullMarked
package nl.onderwijsregio.workspace.security.ui;

import org.jspecify.annotations.NullMarked;
