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
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.register.AgreementType;
import nl.onderwijsregio.workspace.register.RegisterEntry;
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
            List<CatalogueEntry> catalogue, Set<String> usedCatalogueIds, List<RegisterEntry> usedRegister) {
        List<CatalogueEntry> ordered = catalogue.stream()
                .sorted(Comparator.comparingInt(CatalogueEntry::position))
                .toList();
        Map<String, CatalogueEntry> byId =
                ordered.stream().collect(Collectors.toMap(CatalogueEntry::id, Function.identity(), (a, b) -> a));
        Set<String> covered = new HashSet<>(usedCatalogueIds);
        Set<String> viaRegister = new HashSet<>();
        for (RegisterEntry entry : usedRegister) {
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

        for (CatalogueEntry entry : ordered) {
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
        for (RegisterEntry entry : usedRegister) {
            @Nullable
            CatalogueEntry linked = entry.catalogueEntryId() == null ? null : byId.get(entry.catalogueEntryId());
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

    private static String themeOf(CatalogueEntry entry) {
        return Theme.labelled(entry.theme()).map(Theme::label).orElse(OTHER);
    }

    private static SourceLine catalogueLine(CatalogueEntry entry) {
        return new SourceLine(
                entry.information(),
                entry.partnerName() != null ? entry.partnerName() : entry.source(),
                entry.level(),
                entry.open(),
                null,
                null,
                null);
    }

    private static SourceLine registerLine(RegisterEntry entry, @Nullable CatalogueEntry linked) {
        @Nullable AgreementType agreement = entry.agreementType();
        return new SourceLine(
                title(entry),
                linked == null ? null : linked.partnerName() != null ? linked.partnerName() : linked.source(),
                entry.granularity(),
                false,
                entry.period(),
                entry.holderKind().label(),
                agreement == null ? null : agreement.label());
    }

    private static String title(RegisterEntry entry) {
        String label = entry.sourceLabel();
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
