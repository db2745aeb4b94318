/** The regions (tenants), their neighbour pairs and each region's own profile. */
@NullMarked
package nl.onderwijsregio.workspace.regions;

import org.jspecify.annotations.NullMarked;
