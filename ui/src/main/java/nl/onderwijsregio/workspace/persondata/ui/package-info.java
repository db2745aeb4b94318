/** The screen "Mijn gegevens": a person downloads what the workspace keeps about them (AVG). */
@NullMarked
package nl.onderwijsregio.workspace.persondata.ui;

import org.jspecify.annotations.NullMarked;
