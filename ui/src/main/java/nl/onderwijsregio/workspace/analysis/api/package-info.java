/**
 * The analysis API: a region's current edition with its chapters and evidence, writing, status and sharing, the
 * releases neighbours shared with the region, and (for national staff) the releases shared with the
 * Realisatie-Eenheid. Nothing of a working text leaves its region.
 */
@NullMarked
package nl.onderwijsregio.workspace.analysis.api;

import org.jspecify.annotations.NullMarked;
