/**
 * Keycloak for the Werkruimte Onderwijsregio's: the realm as code (a production-safe base realm plus a
 * local-demo overlay), the {@code onderwijsregio} login theme, and {@link
 * nl.onderwijsregio.workspace.keycloak.KeycloakDevServer}, which runs a real Keycloak from the zip
 * distribution for local runs and tests.
 */
package nl.onderwijsregio.workspace.keycloak;
