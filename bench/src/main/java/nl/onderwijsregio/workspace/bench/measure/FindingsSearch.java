package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import nl.onderwijsregio.workspace.findings.FindingFilter;
import nl.onderwijsregio.workspace.findings.FindingScope;
import nl.onderwijsregio.workspace.findings.FindingService;
import org.springframework.context.ApplicationContext;

/**
 * A search of the findings screen ("Alles": the own region's findings and those shared with it): the first page of 20
 * hits, newest first, with comment count and unread marker, and the number of hits (counted up to 100, as the
 * screen does: "more than 100"); four words in turn. Page and number come from one statement, in the app as here.
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
    /**
     * The first hits as the app asks for them (V35's ids in the screen's order, as many as the cap and one more: the
     * number is how many there are); the limits as literals, as the app renders them (see Findings.searchHead).
     */
    private static final String HITS =
            "with hits(id, n) as (select s.id, s.n from finding_search_page(?, 'VISIBLE', 0, " + (CAP + 1)
                    + ") with ordinality s(id, n)) ";
    /** The same first hits written without row-level security. */
    private static final String HITS_WITHOUT_RLS = "with hits(id, n) as (select f.id, row_number() over ("
            + "order by coalesce(f.shared_at, f.updated_at) desc, f.id desc) from finding f where"
            + " not f.deleted and f.search @@ websearch_to_tsquery('dutch', ?) %s"
            + " order by coalesce(f.shared_at, f.updated_at) desc, f.id desc limit " + (CAP + 1) + ") ";
    /** The page: the first 20 of the hits, with the number of hits on each row. */
    private static final String PAGE_OF_HITS = " from finding f join region g on g.id = f.region_id where not f.deleted"
            + " and f.id = any(array(select h.id from hits h where h.n <= " + PAGE + "))";

    private static final String ORDER = " order by coalesce(f.shared_at, f.updated_at) desc, f.id desc";
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
        return List.of(Sql.of(
                HITS + "select " + COLUMNS + ", (select count(*) from hits)" + PAGE_OF_HITS + ORDER,
                word(sample),
                sample.user()));
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        String region = sample.region();
        return List.of(Sql.of(
                HITS_WITHOUT_RLS.formatted(VISIBLE) + "select " + COLUMNS + ", (select count(*) from hits)"
                        + PAGE_OF_HITS + ORDER,
                word(sample),
                region,
                region,
                sample.user()));
    }

    private static String word(Sample sample) {
        return WORDS.get(sample.index() % WORDS.size());
    }
}
