/**
 * The national overview for the Realisatie-Eenheid and platform administrators: coverage per region and theme,
 * closed data per source, gaps, priorities, findings and the trend, each as a table with CSV and XLSX downloads, and
 * drill-downs to the register lines behind a number.
 */
@NullMarked
package nl.onderwijsregio.workspace.coverage.ui;

import org.jspecify.annotations.NullMarked;
