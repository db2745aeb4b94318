package nl.onderwijsregio.workspace.analysis.document;

import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceAccount;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceGroup;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceLine;
import org.jspecify.annotations.Nullable;

/** The Bronnenverantwoording as Markdown: a table of used sources and a list of unused ones per theme. */
public final class SourceAccountMarkdown {

    private SourceAccountMarkdown() {}

    public static String write(SourceAccount account) {
        if (account.groups().stream().allMatch(g -> g.used().isEmpty())) {
            StringBuilder none = new StringBuilder("Er zijn (nog) geen bronnen gebruikt of aangehaald.\n");
            account.groups().forEach(g -> appendNotUsed(none, g));
            return none.toString();
        }
        StringBuilder out = new StringBuilder();
        for (SourceGroup group : account.groups()) {
            out.append("### ").append(cell(group.theme())).append("\n\n");
            if (!group.used().isEmpty()) {
                out.append("| Bron | Datapartner | Niveau | Open/gesloten | Periode | Houder | Overeenkomst |\n");
                out.append("|---|---|---|---|---|---|---|\n");
                for (SourceLine line : group.used()) {
                    out.append("| ")
                            .append(cell(line.title()))
                            .append(" | ")
                            .append(cell(line.dataPartner()))
                            .append(" | ")
                            .append(cell(line.level()))
                            .append(" | ")
                            .append(line.open() ? "open" : "gesloten")
                            .append(" | ")
                            .append(cell(line.period()))
                            .append(" | ")
                            .append(cell(line.holder()))
                            .append(" | ")
                            .append(cell(line.agreement()))
                            .append(" |\n");
                }
                out.append('\n');
            }
            appendNotUsed(out, group);
        }
        return out.toString();
    }

    private static void appendNotUsed(StringBuilder out, SourceGroup group) {
        if (group.notUsed().isEmpty()) {
            if (!group.used().isEmpty()) {
                out.append("Alle bronnen uit de Handreiking voor dit thema zijn gebruikt.\n\n");
            }
            return;
        }
        out.append("Niet gebruikt uit de Handreiking (")
                .append(cell(group.theme()))
                .append("):\n\n");
        group.notUsed().forEach(n -> out.append("- ").append(cell(n)).append('\n'));
        out.append('\n');
    }

    private static String cell(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[")
                .replace("<", "&lt;")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
