/** The screen "Gegevens van de regio": download everything of a region, and (platform administrator) erase one. */
@NullMarked
package nl.onderwijsregio.workspace.regiondata.ui;

import org.jspecify.annotations.NullMarked;
