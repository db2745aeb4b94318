/** The Logboek screen: the audit log of the region (its lead) or of every region (the platform administrator). */
@NullMarked
package nl.onderwijsregio.workspace.audit.ui;

import org.jspecify.annotations.NullMarked;
