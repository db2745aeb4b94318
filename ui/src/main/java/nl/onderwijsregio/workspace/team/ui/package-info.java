/** The Team screen: the region's members, invitations, roles and removals. */
@NullMarked
package nl.onderwijsregio.workspace.team.ui;

import org.jspecify.annotations.NullMarked;
