package nl.onderwijsregio.workspace.analysis;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The citations in a chapter's Markdown: {@code [[bron:e019]]}, {@code [[register:12]]} and so on. */
public final class Citations {

    static final Pattern CITATION = Pattern.compile("\\[\\[([a-z]+):([A-Za-z0-9_-]{1,40})]]");

    private Citations() {}

    /** The evidence the text cites, in order of first mention; unknown words are left out (see {@link #unknown}). */
    public static Set<EvidenceRef> in(String markdown) {
        Set<EvidenceRef> refs = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(markdown);
        while (m.find()) {
            EvidenceKind.cited(m.group(1)).ifPresent(kind -> refs.add(new EvidenceRef(kind, m.group(2))));
        }
        return refs;
    }

    /** The first citation whose word is not one of {@link EvidenceKind}'s, as written. */
    public static Optional<String> unknown(String markdown) {
        Matcher m = CITATION.matcher(markdown);
        while (m.find()) {
            if (EvidenceKind.cited(m.group(1)).isEmpty()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** The text with every citation replaced by what {@code label} makes of it (Markdown, e.g. an italic title). */
    public static String replace(String markdown, Function<EvidenceRef, String> label) {
        Matcher m = CITATION.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = EvidenceKind.cited(m.group(1))
                    .map(kind -> label.apply(new EvidenceRef(kind, m.group(2))))
                    .orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
