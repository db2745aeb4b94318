/** The findings screens: the region's own findings, the feed of shared findings, a finding with its comments. */
@NullMarked
package nl.onderwijsregio.workspace.findings.ui;

import org.jspecify.annotations.NullMarked;
