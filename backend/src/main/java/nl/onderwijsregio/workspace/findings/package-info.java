/**
 * Qualitative findings of a region, written in Markdown, linked to themes, catalogue and register entries, and shared
 * with the neighbouring regions or with all. PostgreSQL row-level security decides who reads a finding; the services
 * add the role checks, comments, unread markers and notifications.
 */
@NullMarked
package nl.onderwijsregio.workspace.findings;

import org.jspecify.annotations.NullMarked;
