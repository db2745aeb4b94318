/** REST endpoints of the regions feature: the list of regions and each region's own profile and activity. */
@NullMarked
package nl.onderwijsregio.workspace.regions.api;

import org.jspecify.annotations.NullMarked;
