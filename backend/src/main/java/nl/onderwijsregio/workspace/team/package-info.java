/**
 * The region's team: who works for a region, with which role, since when and last active; the lead invites, changes
 * roles and removes people through Keycloak's Admin REST API with a service account that may only manage the region
 * groups and the two region roles ({@link TeamDirectory}); every change is kept in {@code team_member} (audited).
 */
@NullMarked
package nl.onderwijsregio.workspace.team;

import org.jspecify.annotations.NullMarked;
