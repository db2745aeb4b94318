/**
 * E-mail: each person's notification settings per kind (immediately, daily or weekly digest, never), the outbox and
 * the job that sends it once across instances (re-reading every item as the recipient at send time), the Dutch and
 * English templates, the SMTP connection and, without SMTP settings, the local mail catcher with its web view.
 */
@NullMarked
package nl.onderwijsregio.workspace.notifications;

import org.jspecify.annotations.NullMarked;
