/**
 * A person's own data on request (AVG): what the workspace keeps about the signed-in person — who they are according
 * to the login, their regions and roles, their settings and reading marks, and every row they wrote or changed in each
 * of their regions — as one ZIP.
 */
@NullMarked
package nl.onderwijsregio.workspace.persondata;

import org.jspecify.annotations.NullMarked;
