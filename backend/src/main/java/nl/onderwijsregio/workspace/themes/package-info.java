/**
 * The shared vocabulary of the workspace: the themes of the ABC model (Aantrekken, Behouden, Continueren) and the
 * other themes of the catalogue, and the education sectors. Findings, priorities and the national overview use it.
 */
@NullMarked
package nl.onderwijsregio.workspace.themes;

import org.jspecify.annotations.NullMarked;
