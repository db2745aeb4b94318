/** Screens of the register of obtained closed data: overview with to-do list, form, status steps, history. */
@NullMarked
package nl.onderwijsregio.workspace.register.ui;

import org.jspecify.annotations.NullMarked;
