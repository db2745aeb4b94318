/** Tables as files for spreadsheets: CSV the way Dutch spreadsheets read it, and XLSX. */
@NullMarked
package nl.onderwijsregio.workspace.export;

import org.jspecify.annotations.NullMarked;
