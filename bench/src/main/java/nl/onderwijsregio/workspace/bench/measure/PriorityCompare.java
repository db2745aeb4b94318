package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import org.springframework.context.ApplicationContext;

/**
 * What the comparison screen loads when a member opens it: the region and its neighbours, and the comparison of their
 * priorities (published ones, plus the own region's drafts) with their catalogue links.
 */
final class PriorityCompare implements Operation {

    private static final String REGIONS =
            "(select ? union all select p.neighbour_id from region_neighbour_pair p" + " where p.region_id = ?)";
    private static final String LINKS = "select l.priority_id, c.id, c.information from priority_catalogue_link l"
            + " join catalogue_entry c on c.id = l.catalogue_entry_id where l.priority_id in (select id from priority"
            + " where region_id in " + REGIONS + "%s) order by c.position";
    /** What row-level security adds for a region: its own priorities, or published ones. */
    private static final String VISIBLE = " and (region_id = ? or published)";

    @Override
    public String name() {
        return "priority comparison";
    }

    @Override
    public String description() {
        return "PriorityService.compareWithNeighbours (the region and its neighbours, one transaction), as a member";
    }

    @Override
    public Object app(ApplicationContext beans, Sample sample) {
        PriorityService priorities = beans.getBean(PriorityService.class);
        return priorities.compareWithNeighbours();
    }

    @Override
    public List<Sql> floor(Sample sample) {
        String region = sample.region();
        return List.of(
                Sql.of("select * from region where id in " + REGIONS, region, region),
                Sql.of(
                        "select * from priority where region_id in " + REGIONS + " order by region_id, rank",
                        region,
                        region),
                Sql.of(LINKS.formatted(""), region, region));
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        String region = sample.region();
        return List.of(
                Sql.of("select * from region where id in " + REGIONS, region, region),
                Sql.of(
                        "select * from priority where region_id in " + REGIONS + VISIBLE + " order by region_id, rank",
                        region,
                        region,
                        region),
                Sql.of(LINKS.formatted(VISIBLE), region, region, region));
    }
}
