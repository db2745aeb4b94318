package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.onderwijsregio.workspace.priorities.PriorityTopics;
import nl.onderwijsregio.workspace.themes.Topic;

/**
 * Priorities: 2,000 at scale 1, spread unevenly over the regions, ranked 1..n per region without gaps, on the
 * theme/sub-theme pairs the table allows, 85 % published; a third of them linked to a catalogue entry (after loading).
 */
final class PriorityRows implements BenchTable {

    static final int PER_SCALE = 2_000;
    private static final String[] STATUSES = {"GEPLAND", "LOPEND", "AFGEROND", "GESTOPT"};
    private static final double[] STATUS_SHARE = {0.35, 0.45, 0.12, 0.08};
    private static final String[] SECTORS = {"{PO}", "{VO}", "{MBO}", "{PO,VO}", "{KINDEROPVANG,PO}", "{}"};
    private static final String[] VERB = {
        "Versterken van", "Uitbreiden van", "Samen organiseren van", "Meer aandacht voor", "Regionale aanpak voor"
    };

    @Override
    public String table() {
        return "priority";
    }

    @Override
    public List<String> columns() {
        return List.of(
                "region_id",
                "rank",
                "title",
                "theme",
                "sub_theme",
                "description",
                "sectors",
                "measures",
                "indicator",
                "target_value",
                "start_year",
                "end_year",
                "status",
                "published",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by");
    }

    @Override
    public void rows(World world, SplittableRandom random, Rows out) throws IOException {
        int[] counts = Pick.perRegion(world, world.count(PER_SCALE), random);
        List<Topic> topics = PriorityTopics.all();
        for (int i = 0; i < counts.length; i++) {
            World.GeneratedRegion region = world.regions().get(i);
            for (int rank = 1; rank <= counts[i]; rank++) {
                Topic topic = Pick.any(topics, random);
                int start = 2026 + random.nextInt(3);
                var at = world.today()
                        .minusDays(random.nextInt(400))
                        .atTime(9, random.nextInt(60))
                        .atOffset(ZoneOffset.UTC);
                String about = topic.label().toLowerCase(Locale.ROOT);
                out.row(
                        region.id(),
                        rank,
                        Pick.any(VERB, random) + " " + about,
                        topic.theme().name(),
                        topic.subTheme() == null ? null : topic.subTheme().name(),
                        "Wat de regio in " + start + " wil bereiken rond " + about + ".",
                        Pick.any(SECTORS, random),
                        random.nextBoolean() ? "Gezamenlijke pool en een regionale coach." : null,
                        random.nextBoolean() ? "Aantal " + about + " per jaar" : null,
                        random.nextBoolean() ? (5 + random.nextInt(30)) + " %" : null,
                        start,
                        start + random.nextInt(2030 - start),
                        Pick.weighted(STATUSES, STATUS_SHARE, random),
                        random.nextDouble() < 0.85,
                        at,
                        region.lead(),
                        at,
                        region.lead());
            }
        }
    }

    @Override
    public List<String> afterLoad() {
        return List.of("""
                insert into priority_catalogue_link (priority_id, catalogue_entry_id, region_id)
                select p.id, c.id, p.region_id
                  from priority p
                  join lateral (select id from catalogue_entry where not retired order by position
                                 offset (p.id % 100) limit 1) c on true
                 where p.id % 3 = 0""");
    }
}
