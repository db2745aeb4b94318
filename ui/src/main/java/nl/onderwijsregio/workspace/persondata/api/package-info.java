/** {@code GET /api/v1/me/data}: the signed-in person's own data as one ZIP (AVG). */
@NullMarked
package nl.onderwijsregio.workspace.persondata.api;

import org.jspecify.annotations.NullMarked;
