/** The benchmark: one run generates the data set, measures, and writes Markdown and JSON results. */
@NullMarked
package nl.onderwijsregio.workspace.bench;

import org.jspecify.annotations.NullMarked;
