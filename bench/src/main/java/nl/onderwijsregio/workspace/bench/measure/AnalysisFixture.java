package nl.onderwijsregio.workspace.bench.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.EvidenceKind;
import nl.onderwijsregio.workspace.analysis.EvidenceRef;
import nl.onderwijsregio.workspace.bench.generate.ChapterTexts;
import org.springframework.context.ApplicationContext;

/**
 * A full analysis (issue 14) for each of the first few regions the measurement samples: started from the template by
 * the region's lead through {@link AnalysisService#start} (10 chapters to write and the generated
 * Bronnenverantwoording), every written chapter ~4 KB of Markdown saved through {@link AnalysisService#save}, and
 * {@value #SOURCES} sources attached across the chapters (received register entries of the region, the rest
 * catalogue entries; 4 per chapter cited in the text, the others attached with {@link AnalysisService#attach}).
 * Reproducible: the sources and texts are drawn from generators seeded per region. Also keeps each chapter's current
 * revision, which the chapter save operation needs.
 */
public final class AnalysisFixture {

    public static final String EDITION = "Arbeidsmarktanalyse 2026";
    public static final int SOURCES = 100;
    /** Received register entries (closed data) per analysis, at most; the rest are catalogue entries. */
    static final int CLOSED = 30;

    static final int CITED_PER_CHAPTER = 4;
    static final int TEXT_CHARS = 4000;

    /** One region's analysis: its written chapters (not the generated one) in order. */
    record RegionAnalysis(String region, long analysisId, List<Long> chapters) {}

    private final List<RegionAnalysis> analyses;
    private final Map<String, RegionAnalysis> byRegion = new HashMap<>();
    private final Map<Long, Integer> revisions = new HashMap<>();
    private final Map<Long, String> titles = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();

    private AnalysisFixture(List<RegionAnalysis> analyses) {
        this.analyses = analyses;
    }

    /**
     * Writes the analyses of the first {@code regions} distinct regions of {@code samples}, each as its lead; reads the
     * candidate sources as the superuser ({@code superuser} in auto-commit).
     */
    public static AnalysisFixture create(
            ApplicationContext beans, Connection superuser, List<Sample> samples, int regions) throws SQLException {
        Map<String, String> leads = new LinkedHashMap<>();
        for (Sample s : samples) {
            if (leads.size() < regions) {
                leads.putIfAbsent(s.region(), s.user());
            }
        }
        List<String> catalogue = ids(superuser, "select id from catalogue_entry where not retired order by position");
        AnalysisService service = beans.getBean(AnalysisService.class);
        List<RegionAnalysis> analyses = new ArrayList<>();
        AnalysisFixture fixture = new AnalysisFixture(analyses);
        int n = 0;
        for (Map.Entry<String, String> e : leads.entrySet()) {
            String region = e.getKey();
            SplittableRandom random = new SplittableRandom(42L * 31 + n++);
            List<EvidenceRef> sources = sources(superuser, region, catalogue, random);
            RegionAnalysis analysis =
                    BenchUser.leadOf(region, e.getValue(), () -> fixture.write(service, region, sources, random));
            analyses.add(analysis);
            fixture.byRegion.put(region, analysis);
        }
        return fixture;
    }

    private RegionAnalysis write(
            AnalysisService service, String region, List<EvidenceRef> sources, SplittableRandom random) {
        Analysis analysis = service.start(EDITION, false);
        List<Chapter> written =
                analysis.chapters().stream().filter(c -> !c.generated()).toList();
        int perChapter = sources.size() / written.size();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Chapter chapter = written.get(i);
            int to = i == written.size() - 1 ? sources.size() : (i + 1) * perChapter;
            List<EvidenceRef> mine = sources.subList(i * perChapter, to);
            List<String> cited = mine.stream()
                    .limit(CITED_PER_CHAPTER)
                    .map(EvidenceRef::citation)
                    .toList();
            String text = ChapterTexts.chapter(chapter.title(), cited, TEXT_CHARS, random);
            Chapter saved = service.save(chapter.id(), chapter.revision(), chapter.title(), text);
            for (EvidenceRef ref : mine.subList(Math.min(CITED_PER_CHAPTER, mine.size()), mine.size())) {
                service.attach(chapter.id(), ref);
            }
            ids.add(chapter.id());
            revisions.put(chapter.id(), saved.revision());
            titles.put(chapter.id(), chapter.title());
            texts.put(chapter.id(), text);
        }
        return new RegionAnalysis(region, analysis.id(), List.copyOf(ids));
    }

    /** {@value #SOURCES} distinct sources: up to {@value #CLOSED} received register entries, then catalogue entries. */
    private static List<EvidenceRef> sources(
            Connection superuser, String region, List<String> catalogue, SplittableRandom random) throws SQLException {
        List<EvidenceRef> sources = new ArrayList<>();
        List<String> received = new ArrayList<>();
        try (PreparedStatement ps = superuser.prepareStatement("select id from register_entry where region_id = ?"
                + " and status = 'ONTVANGEN' and not deleted order by id")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    received.add(rs.getString(1));
                }
            }
        }
        shuffle(received, random);
        received.stream().limit(CLOSED).forEach(id -> sources.add(new EvidenceRef(EvidenceKind.REGISTER, id)));
        List<String> open = new ArrayList<>(catalogue);
        shuffle(open, random);
        open.stream()
                .limit(SOURCES - sources.size())
                .forEach(id -> sources.add(new EvidenceRef(EvidenceKind.CATALOGUE, id)));
        shuffle(sources, random);
        return sources;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static List<String> ids(Connection c, String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The samples of the analysis operations: the fixture's regions in turn, each as its lead. */
    public List<Sample> samples(List<Sample> all) {
        Map<String, String> leads = new HashMap<>();
        all.forEach(s -> leads.putIfAbsent(s.region(), s.user()));
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            RegionAnalysis a = analyses.get(i % analyses.size());
            samples.add(new Sample(a.region(), leads.get(a.region()), i));
        }
        return samples;
    }

    public int regions() {
        return analyses.size();
    }

    RegionAnalysis of(Sample sample) {
        RegionAnalysis a = byRegion.get(sample.region());
        if (a == null) {
            throw new IllegalStateException("No analysis generated for region " + sample.region());
        }
        return a;
    }

    /** The chapter an iteration saves: the region's written chapters in turn. */
    long chapter(Sample sample) {
        List<Long> chapters = of(sample).chapters();
        return chapters.get(sample.index() % chapters.size());
    }

    int revision(long chapter) {
        return revisions.get(chapter);
    }

    void revised(long chapter, int revision) {
        revisions.put(chapter, revision);
    }

    String title(long chapter) {
        return titles.get(chapter);
    }

    /** The chapter's text with its last line changed, so that each save (app or floor) saves a different text. */
    String text(long chapter, int index, String by) {
        return texts.get(chapter) + "\n_Laatst bijgewerkt: bewerking " + index + " (" + by + ")._\n";
    }
}
