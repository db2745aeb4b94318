/**
 * The analysis screens: the region's edition with its chapters, status and releases, writing a chapter with evidence
 * and a live preview, a frozen release (own or shared with the region), and the national chapter template.
 */
@NullMarked
package nl.onderwijsregio.workspace.analysis.ui;

import org.jspecify.annotations.NullMarked;
