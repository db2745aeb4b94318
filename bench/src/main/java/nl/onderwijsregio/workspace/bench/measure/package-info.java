/** Measurements: key operations (app, SQL floor, with and without row-level security), HTTP load, session heap. */
@NullMarked
package nl.onderwijsregio.workspace.bench.measure;

import org.jspecify.annotations.NullMarked;
