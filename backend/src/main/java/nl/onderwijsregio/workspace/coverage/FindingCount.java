package nl.onderwijsregio.workspace.coverage;

import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * How many published findings there are of a theme: per kind for those shared with all; for those kept in the own
 * region or shared with the neighbours only per theme ({@code kind} empty), anonymously.
 */
public record FindingCount(Theme theme, @Nullable FindingKind kind, Visibility visibility, int findings) {}
