/**
 * The shared vocabulary of the workspace: the themes of the ABC model (Aantrekken, Behouden, Continueren) with their
 * sub-themes and the other themes of the catalogue, and the education sectors. The catalogue, findings, priorities
 * and the national overview use it, and store it through {@link nl.onderwijsregio.workspace.themes.StoredVocabulary}.
 */
@NullMarked
package nl.onderwijsregio.workspace.themes;

import org.jspecify.annotations.NullMarked;
