package nl.onderwijsregio.workspace.analysis.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceAccount;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceGroup;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.SourceLine;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Bronnenverantwoording from what an analysis used: catalogue entries (open or closed data from the
 * Handreiking) and register entries (closed data the region obtained). Pure: no database, so it is easy to check.
 *
 * <p>The account is published with the analysis, so it says what was used and under which kind of agreement, but never
 * who: contact names and roles, holder names, notes and agreement references stay in the register.
 *
 * <p>Every theme with catalogue entries gets a group, even when nothing of it was used, so the reader sees the gaps in
 * "niet gebruikt". A catalogue entry that a used register entry points to is listed once, as the register line, which
 * says more (period, holder, agreement).
 */
public final class SourceAccounts {

    static final String OTHER = "Overig";
    private static final int MAX_WHAT = 120;

    private SourceAccounts() {}

    public static SourceAccount of(
            List<CatalogueSource> catalogue, Set<String> usedCatalogueIds, List<ClosedSource> usedRegister) {
        List<CatalogueSource> ordered = catalogue.stream()
                .sorted(Comparator.comparingInt(CatalogueSource::position))
                .toList();
        Map<String, CatalogueSource> byId =
                ordered.stream().collect(Collectors.toMap(CatalogueSource::id, Function.identity(), (a, b) -> a));
        Set<String> covered = new HashSet<>(usedCatalogueIds);
        Set<String> viaRegister = new HashSet<>();
        for (ClosedSource entry : usedRegister) {
            if (entry.catalogueEntryId() != null) {
                viaRegister.add(entry.catalogueEntryId());
            }
        }
        covered.addAll(viaRegister);

        Map<String, Bucket> buckets = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            buckets.put(theme.label(), new Bucket());
        }
        buckets.put(OTHER, new Bucket());

        for (CatalogueSource entry : ordered) {
            Bucket bucket = buckets.get(themeOf(entry));
            if (usedCatalogueIds.contains(entry.id()) && !viaRegister.contains(entry.id())) {
                bucket.used.add(catalogueLine(entry));
            } else if (!covered.contains(entry.id()) && !entry.retired()) {
                bucket.notUsed.add(entry.information());
            }
            if (!entry.retired()) {
                bucket.inCatalogue = true;
            }
        }
        for (ClosedSource entry : usedRegister) {
            @Nullable
            CatalogueSource linked = entry.catalogueEntryId() == null ? null : byId.get(entry.catalogueEntryId());
            buckets.get(linked == null ? OTHER : themeOf(linked)).used.add(registerLine(entry, linked));
        }

        List<SourceGroup> groups = new ArrayList<>();
        buckets.forEach((theme, bucket) -> {
            if (!bucket.used.isEmpty() || bucket.inCatalogue) {
                groups.add(new SourceGroup(theme, List.copyOf(bucket.used), List.copyOf(bucket.notUsed)));
            }
        });
        return new SourceAccount(List.copyOf(groups));
    }

    private static String themeOf(CatalogueSource entry) {
        return Theme.labelled(entry.theme()).map(Theme::label).orElse(OTHER);
    }

    private static SourceLine catalogueLine(CatalogueSource entry) {
        return new SourceLine(entry.information(), entry.dataPartner(), entry.level(), entry.open(), null, null, null);
    }

    private static SourceLine registerLine(ClosedSource entry, @Nullable CatalogueSource linked) {
        return new SourceLine(
                title(entry),
                linked == null ? null : linked.dataPartner(),
                entry.granularity(),
                false,
                entry.period(),
                entry.holder(),
                entry.agreement());
    }

    private static String title(ClosedSource entry) {
        String label = entry.source();
        String what = shorten(entry.what().strip());
        if (what.isEmpty()) {
            return label;
        }
        return label.isEmpty() ? what : label + " — " + what;
    }

    /** Shortens at a word boundary, so a long description does not fill the table. */
    static String shorten(String text) {
        if (text.length() <= MAX_WHAT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_WHAT);
        return text.substring(0, cut > MAX_WHAT / 2 ? cut : MAX_WHAT).strip() + " …";
    }

    private static final class Bucket {
        private final List<SourceLine> used = new ArrayList<>();
        private final List<String> notUsed = new ArrayList<>();
        private boolean inCatalogue;
    }
}
