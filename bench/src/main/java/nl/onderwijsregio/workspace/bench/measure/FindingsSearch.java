package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import nl.onderwijsregio.workspace.findings.FindingFilter;
import nl.onderwijsregio.workspace.findings.FindingScope;
import nl.onderwijsregio.workspace.findings.FindingService;
import org.springframework.context.ApplicationContext;

/**
 * A search of the findings screen ("Alles": the own region's findings and those shared with it): the first page of 20
 * hits, newest first, with comment count and unread marker, and the number of hits (counted up to 100, as the
 * screen does: "more than 100"); four words in turn.
 */
final class FindingsSearch implements Operation {

    static final List<String> WORDS = List.of("werkdruk", "stagiairs", "begeleiding", "kleine kernen");
    private static final int PAGE = 20;
    private static final int CAP = FindingService.SEARCH_COUNT_CAP;
    private static final String COLUMNS = "f.id, f.region_id, f.title, f.body, f.theme, f.sub_theme, f.kind,"
            + " f.observed_from, f.observed_until, f.sectors, f.catalogue_entry_ids, f.register_entry_ids,"
            + " f.published, f.visibility, f.shared_at, f.deleted, f.revision, f.created_at, f.created_by,"
            + " f.created_by_name, f.updated_at, f.updated_by, g.name,"
            + " (select count(*) from finding_comment c where c.finding_id = f.id and not c.hidden),"
            + " not exists (select 1 from finding_read r where r.finding_id = f.id and r.username = ?)";
    /** The page as the app reads it under row-level security (V35: the page's ids, chosen as the owner). */
    private static final String PAGE_IDS =
            " not f.deleted and f.id = any(array(select finding_search_page(?, 'VISIBLE', 0, ?)))";
    /** The count as the app asks it (V35: up to the cap and one more). */
    private static final String CAPPED_COUNT = "select finding_search_count(?, 'VISIBLE', ?)";
    /** The match as written without row-level security. */
    private static final String MATCH_WITHOUT_RLS = " not f.deleted and f.search @@ websearch_to_tsquery('dutch', ?)";

    private static final String ORDER =
            " order by coalesce(f.shared_at, f.updated_at) desc, f.id desc offset 0 rows fetch next ? rows only";
    /** What row-level security adds for a region: its own, or published and shared with all or its neighbours. */
    private static final String VISIBLE = " and (f.region_id = ? or (f.published and (f.visibility = 'ALL' or"
            + " (f.visibility = 'NEIGHBOURS' and f.region_id in (select n.neighbour_id from region_neighbour_pair n"
            + " where n.region_id = ?)))))";

    @Override
    public String name() {
        return "findings search";
    }

    @Override
    public String description() {
        return "FindingService.list (visible, text, 20, with the number up to 100), as a member; 4 words in turn";
    }

    @Override
    public Object app(ApplicationContext beans, Sample sample) {
        FindingService findings = beans.getBean(FindingService.class);
        FindingFilter filter = FindingFilter.text(word(sample));
        return findings.list(FindingScope.VISIBLE, filter, 0, PAGE);
    }

    @Override
    public List<Sql> floor(Sample sample) {
        String word = word(sample);
        return List.of(
                Sql.of(
                        "select " + COLUMNS + " from finding f join region g on g.id = f.region_id where" + PAGE_IDS
                                + ORDER,
                        sample.user(),
                        word,
                        PAGE,
                        PAGE),
                Sql.of(CAPPED_COUNT, word, CAP + 1));
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        String word = word(sample);
        String region = sample.region();
        return List.of(
                Sql.of(
                        "select " + COLUMNS + " from finding f join region g on g.id = f.region_id where"
                                + MATCH_WITHOUT_RLS + VISIBLE + ORDER,
                        sample.user(),
                        word,
                        region,
                        region,
                        PAGE),
                Sql.of(
                        "select count(*) from (select 1 from finding f where" + MATCH_WITHOUT_RLS + VISIBLE
                                + " limit ?) m",
                        word,
                        region,
                        region,
                        CAP + 1));
    }

    private static String word(Sample sample) {
        return WORDS.get(sample.index() % WORDS.size());
    }
}
