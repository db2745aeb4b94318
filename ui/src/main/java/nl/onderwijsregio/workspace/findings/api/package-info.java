/** The findings API: a region's findings and feed, and what regions shared with all for national staff. */
@NullMarked
package nl.onderwijsregio.workspace.findings.api;

import org.jspecify.annotations.NullMarked;
