package nl.onderwijsregio.workspace.analysis.document;

import java.util.List;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceAccount;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceGroup;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceLine;
import nl.onderwijsregio.workspace.messages.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The Bronnenverantwoording as Markdown: a table of used sources and a list of unused ones per theme, its fixed texts in
 * the language of the work at hand.
 */
public final class SourceAccountMarkdown {

    private static final List<String> COLUMNS =
            List.of("source", "partner", "level", "access", "period", "holder", "agreement");

    private SourceAccountMarkdown() {}

    public static String write(SourceAccount account) {
        if (account.groups().stream().allMatch(g -> g.used().isEmpty())) {
            StringBuilder none = new StringBuilder(fixed("analysis.document.no-sources") + "\n");
            account.groups().forEach(g -> appendNotUsed(none, g));
            return none.toString();
        }
        StringBuilder out = new StringBuilder();
        for (SourceGroup group : account.groups()) {
            out.append("### ").append(cell(group.theme())).append("\n\n");
            if (!group.used().isEmpty()) {
                out.append("| ")
                        .append(String.join(
                                " | ",
                                COLUMNS.stream()
                                        .map(c -> fixed("analysis.document.column." + c))
                                        .toList()))
                        .append(" |\n");
                out.append("|---|---|---|---|---|---|---|\n");
                for (SourceLine line : group.used()) {
                    out.append("| ")
                            .append(cell(line.title()))
                            .append(" | ")
                            .append(cell(line.dataPartner()))
                            .append(" | ")
                            .append(cell(line.level()))
                            .append(" | ")
                            .append(fixed(line.open() ? "analysis.document.open" : "analysis.document.closed"))
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
                out.append(fixed("analysis.document.all-used")).append("\n\n");
            }
            return;
        }
        out.append(fixed("analysis.document.not-used-in-theme", cell(group.theme())))
                .append("\n\n");
        group.notUsed().forEach(n -> out.append("- ").append(cell(n)).append('\n'));
        out.append('\n');
    }

    /** A fixed text in the language of the work at hand (a release keeps the language it was established in). */
    private static String fixed(String key, Object... args) {
        return Texts.text(key, Texts.current(), args);
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
