/** Where the data lives: an embedded PostgreSQL by default, an external one when configured. */
@NullMarked
package nl.onderwijsregio.workspace.database;

import org.jspecify.annotations.NullMarked;
