/** Tenant isolation: the active region of the current work, handed to PostgreSQL row-level security per transaction. */
@NullMarked
package nl.onderwijsregio.workspace.tenancy;

import org.jspecify.annotations.NullMarked;
