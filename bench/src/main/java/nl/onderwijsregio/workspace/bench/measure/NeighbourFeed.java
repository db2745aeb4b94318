package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import nl.onderwijsregio.workspace.findings.FindingFilter;
import nl.onderwijsregio.workspace.findings.FindingScope;
import nl.onderwijsregio.workspace.findings.FindingService;
import org.springframework.context.ApplicationContext;

/**
 * What the feed screen loads for a region member: the first page of findings other regions shared with the region
 * (20, newest share first, with comment count and unread marker), how many there are, and how many are unread.
 */
final class NeighbourFeed implements Operation {

    private static final int PAGE = 20;
    private static final String COLUMNS = "f.id, f.region_id, f.title, f.body, f.theme, f.sub_theme, f.kind,"
            + " f.observed_from, f.observed_until, f.sectors, f.catalogue_entry_ids, f.register_entry_ids,"
            + " f.published, f.visibility, f.shared_at, f.deleted, f.revision, f.created_at, f.created_by,"
            + " f.created_by_name, f.updated_at, f.updated_by, g.name,"
            + " (select count(*) from finding_comment c where c.finding_id = f.id and not c.hidden),"
            + " not exists (select 1 from finding_read r where r.finding_id = f.id and r.username = ?)";
    private static final String FEED = " not f.deleted and f.published and f.visibility <> 'OWN'";
    /** The limit as a literal, as the app renders it (see {@code RegisterEntries.page}). */
    private static final String ORDER = " order by coalesce(f.shared_at, f.updated_at) desc, f.id desc limit " + PAGE;
    /** What row-level security adds for a region: shared with all, or with the neighbours and it is one. */
    private static final String SHARED_WITH = " and f.region_id <> ? and (f.visibility = 'ALL' or f.region_id in"
            + " (select p.neighbour_id from region_neighbour_pair p where p.region_id = ?))";

    @Override
    public String name() {
        return "neighbour feed";
    }

    @Override
    public String description() {
        return "FindingService.firstPage (feed, 20, with count and unread count), as a member of the region";
    }

    @Override
    public Object app(ApplicationContext beans, Sample sample) {
        FindingService findings = beans.getBean(FindingService.class);
        return findings.firstPage(FindingScope.FEED, FindingFilter.NONE, PAGE);
    }

    @Override
    public List<Sql> floor(Sample sample) {
        String region = "(select current_region_id())";
        String feed = " f.region_id <> " + region + " and" + FEED;
        String neighbours = "(select n.neighbour_id from region_neighbour_pair n where n.region_id = " + region + ")";
        return List.of(
                Sql.of(
                        "select " + COLUMNS + " from finding f join region g on g.id = f.region_id where" + feed
                                + ORDER,
                        sample.user()),
                Sql.of(count(region, feed, neighbours, false)),
                Sql.of(count(region, feed, neighbours, true), sample.user()));
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        String region = sample.region();
        String neighbours = "(select n.neighbour_id from region_neighbour_pair n where n.region_id = ?)";
        String feed = " f.region_id <> ? and" + FEED;
        return List.of(
                Sql.of(
                        "select " + COLUMNS + " from finding f join region g on g.id = f.region_id where" + FEED
                                + SHARED_WITH + ORDER,
                        sample.user(),
                        region,
                        region),
                Sql.of(count("?", feed, neighbours, false), region, region),
                Sql.of(count("?", feed, neighbours, true), region, region, sample.user(), region, region));
    }

    /**
     * The feed counted as the app does (V34, V37): the sum of the other regions' tallies of what they shared with all
     * plus the sum of the neighbours' tallies of what they shared with their neighbours (minus the person's read
     * marks of findings in the feed, for the unread count).
     */
    private static String count(String region, String feed, String neighbours, boolean unread) {
        String all = "(select coalesce(sum(t.shared_with_all), 0) from finding_shared_count t where t.region_id <> "
                + region + ")";
        String withNeighbours = " + (select coalesce(sum(t.shared_with_neighbours), 0) from finding_neighbour_count t"
                + " where t.region_id = any(array" + neighbours + "))";
        String read = unread
                ? " - (select count(*) from finding f where f.id = any(array(select r.finding_id from finding_read r"
                        + " where r.username = ?)) and" + feed + sharedWith(region, neighbours) + ")"
                : "";
        return "select " + all + withNeighbours + read;
    }

    /** Shared with all, or with the neighbours by one of them: what the policy adds, explicit for the superuser. */
    private static String sharedWith(String region, String neighbours) {
        return region.equals("?") ? " and (f.visibility = 'ALL' or f.region_id = any(array" + neighbours + "))" : "";
    }
}
