/** REST API of the municipalities (reference data). */
@NullMarked
package nl.onderwijsregio.workspace.geo.api;

import org.jspecify.annotations.NullMarked;
