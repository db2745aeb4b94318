/**
 * The national overview for the Realisatie-Eenheid: coverage of the catalogue in the regions' registers, closed data
 * per source, gaps, priorities, findings and the trend. Everything comes from SECURITY DEFINER functions in
 * PostgreSQL that return aggregates only (and, for drill-down, region, entry, status and dates), opened by this
 * module after the role check; row-level security on the regions' rows stays in force for the application.
 */
@NullMarked
package nl.onderwijsregio.workspace.coverage;

import org.jspecify.annotations.NullMarked;
