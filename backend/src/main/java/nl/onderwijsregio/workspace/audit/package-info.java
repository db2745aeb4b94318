/**
 * The audit log (Logboek): every write of every tenant table, recorded by the database itself (trigger
 * {@code audit_row}, migration V22), read here by the region's lead and, across regions, by the platform administrator.
 */
@NullMarked
package nl.onderwijsregio.workspace.audit;

import org.jspecify.annotations.NullMarked;
