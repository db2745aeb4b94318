/** Screens of the regions feature: the region home, the switcher, neighbours and region management. */
@NullMarked
package nl.onderwijsregio.workspace.regions.ui;

import org.jspecify.annotations.NullMarked;
