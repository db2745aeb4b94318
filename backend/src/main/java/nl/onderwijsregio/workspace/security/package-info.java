/** Who is working: the signed-in person with their roles and region memberships, and the checks on them. */
@NullMarked
package nl.onderwijsregio.workspace.security;

import org.jspecify.annotations.NullMarked;
