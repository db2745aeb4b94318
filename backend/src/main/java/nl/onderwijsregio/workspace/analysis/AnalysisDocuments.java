package nl.onderwijsregio.workspace.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument.DocumentChapter;
import nl.onderwijsregio.workspace.analysis.document.SourceAccounts;
import nl.onderwijsregio.workspace.messages.Texts;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the delivered document of an analysis: citations turned into readable references, and the
 * Bronnenverantwoording from every attached (and so every cited) source. Runs inside the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY) // part of the caller's transaction, never one of its own
class AnalysisDocuments {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final EvidenceLookup lookup;
    private final RegionService regions;
    private final Clock clock;

    AnalysisDocuments(EvidenceLookup lookup, RegionService regions, Clock clock) {
        this.lookup = lookup;
        this.regions = regions;
        this.clock = clock;
    }

    /** The working text of an analysis of the active region, as it stands now. */
    AnalysisDocument working(Analysis analysis) {
        Set<EvidenceRef> all = new LinkedHashSet<>();
        analysis.chapters().forEach(c -> all.addAll(c.evidence()));
        Map<EvidenceRef, Evidence> found = lookup.resolve(all);
        List<DocumentChapter> chapters = new ArrayList<>();
        for (Chapter c : analysis.chapters()) {
            chapters.add(new DocumentChapter(c.title(), withReferences(c.body(), found), c.generated()));
        }
        return new AnalysisDocument(
                regionName(analysis.regionId()),
                analysis.edition(),
                analysis.version(),
                analysis.status().label(Texts.current()),
                LocalDate.now(clock.withZone(NETHERLANDS)),
                chapters,
                sources(all, found));
    }

    /** A release: its frozen chapters as they were established (the source account is part of them). */
    AnalysisDocument release(Release release, List<ReleaseChapter> frozen) {
        return new AnalysisDocument(
                release.regionName(),
                release.edition(),
                release.number(),
                AnalysisStatus.VASTGESTELD.label(Texts.current()),
                release.establishedAt().atZoneSameInstant(NETHERLANDS).toLocalDate(),
                frozen.stream()
                        .map(c -> new DocumentChapter(c.title(), c.body(), false))
                        .toList(),
                new AnalysisDocument.SourceAccount(List.of()));
    }

    static String withReferences(String markdown, Map<EvidenceRef, Evidence> found) {
        return Citations.replace(markdown, ref -> {
            Evidence e = found.get(ref);
            return e == null
                    ? "*(" + Texts.text("analysis.document.source-gone", Texts.current()) + ")*"
                    : "*(" + escaped(e.reference()) + ")*";
        });
    }

    private AnalysisDocument.SourceAccount sources(Set<EvidenceRef> all, Map<EvidenceRef, Evidence> found) {
        Set<String> usedCatalogue = new LinkedHashSet<>();
        Set<String> usedRegister = new LinkedHashSet<>();
        for (EvidenceRef ref : all) {
            if (found.containsKey(ref) && ref.kind() == EvidenceKind.CATALOGUE) {
                usedCatalogue.add(ref.ref());
            } else if (found.containsKey(ref) && ref.kind() == EvidenceKind.REGISTER) {
                usedRegister.add(ref.ref());
            }
        }
        return SourceAccounts.of(lookup.catalogue(), usedCatalogue, lookup.closedSources(usedRegister));
    }

    private String regionName(String regionId) {
        return regions.find(regionId).map(Region::name).orElse(regionId);
    }

    private static String escaped(String text) {
        return text.replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("<", "&lt;");
    }
}
