/** The national overview for BI tools: aggregates only, for national staff. */
@NullMarked
package nl.onderwijsregio.workspace.coverage.api;

import org.jspecify.annotations.NullMarked;
