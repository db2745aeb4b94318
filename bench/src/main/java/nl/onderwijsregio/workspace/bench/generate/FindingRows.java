package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import nl.onderwijsregio.workspace.themes.Theme;

/**
 * Findings: 20,000 at scale 1, spread unevenly over the regions; visibility own 45 %, neighbours 40 %, all 15 %;
 * 80 % published (shared ones get {@code shared_at}), 2 % soft-deleted. After loading: comments (10,000 at scale 1,
 * on shared findings, by the own region or a neighbour) and read markers (each lead has opened about half of what its
 * neighbours shared).
 */
final class FindingRows implements BenchTable {

    static final int PER_SCALE = 20_000;
    static final int COMMENTS_PER_SCALE = 10_000;
    private static final String[] VISIBILITY = {"OWN", "NEIGHBOURS", "ALL"};
    private static final double[] VISIBILITY_SHARE = {0.45, 0.40, 0.15};
    private static final String[] KINDS = {
        "INTERVIEW", "SCHOOLBEZOEK", "ENQUETE", "SIGNAAL_BEROEPSGROEP", "OVERLEG", "DOCUMENTANALYSE", "OVERIG"
    };
    private static final String[] SUBJECT = {
        "Zij-instromers",
        "Startende leraren",
        "Invallers",
        "Pabo-studenten",
        "Schoolleiders",
        "Onderwijsassistenten",
        "Mbo-studenten",
        "Leraren in kleine kernen",
        "Stagiairs",
        "Oudere leraren"
    };
    private static final String[] OBSERVATION = {
        "haken af in het eerste jaar",
        "vinden moeilijk een vaste baan",
        "missen begeleiding op de werkvloer",
        "blijven langer bij een goede inwerkperiode",
        "kiezen vaker voor de stad",
        "werken liever in deeltijd",
        "noemen werkdruk als reden om te vertrekken",
        "zijn enthousiast over de regionale pool",
        "worden te laat in het schooljaar geworven"
    };
    private static final String[] BODY = {
        "Uit gesprekken met **besturen** blijkt dat dit vooral in het voorjaar speelt.",
        "De cijfers van het afgelopen schooljaar laten een duidelijke stijging zien.",
        "Scholen in de kleine kernen merken dit het sterkst; de stad minder.",
        "Bespreken in het regionale overleg: is een gezamenlijke aanpak mogelijk?",
        "Zie ook de verzuimcijfers per bestuur in het register.",
        "- eerste signaal in september\n- bevestigd in de enquête\n- nog geen maatregel"
    };
    private static final String[] SECTORS = {"{PO}", "{VO}", "{MBO}", "{PO,VO}", "{KINDEROPVANG,PO}", "{}"};

    private World world;

    @Override
    public String table() {
        return "finding";
    }

    @Override
    public List<String> columns() {
        return List.of(
                "region_id",
                "title",
                "body",
                "theme",
                "sub_theme",
                "kind",
                "observed_from",
                "observed_until",
                "sectors",
                "catalogue_entry_ids",
                "published",
                "published_at",
                "visibility",
                "shared_at",
                "deleted",
                "revision",
                "created_at",
                "created_by",
                "created_by_name",
                "updated_at",
                "updated_by");
    }

    @Override
    public void rows(World world, SplittableRandom random, Rows out) throws IOException {
        this.world = world;
        int[] counts = Pick.perRegion(world, world.count(PER_SCALE), random);
        for (int i = 0; i < counts.length; i++) {
            for (int f = 0; f < counts[i]; f++) {
                finding(world, world.regions().get(i), random, out);
            }
        }
    }

    private static void finding(World world, World.GeneratedRegion region, SplittableRandom random, Rows out)
            throws IOException {
        LocalDate today = world.today();
        Theme theme = Pick.any(List.of(Theme.values()), random);
        String author = Pick.any(region.users(), random);
        String editor = random.nextDouble() < 0.7 ? author : Pick.any(region.users(), random);
        String visibility = Pick.weighted(VISIBILITY, VISIBILITY_SHARE, random);
        boolean published = random.nextDouble() < 0.8;
        LocalDate observed = today.minusDays(10 + random.nextInt(700));
        LocalDate created = Pick.min(observed.plusDays(random.nextInt(30)), today);
        LocalDate updated = Pick.min(created.plusDays(random.nextInt(60)), today);
        int revision = 1 + random.nextInt(3);
        var createdAt =
                created.atTime(8 + random.nextInt(10), random.nextInt(60)).atOffset(ZoneOffset.UTC);
        var updatedAt =
                updated.atTime(8 + random.nextInt(10), random.nextInt(60)).atOffset(ZoneOffset.UTC);
        boolean shared = published && !visibility.equals("OWN");
        String catalogue = random.nextDouble() < 0.3 ? "{" + Pick.any(world.catalogueIds(), random) + "}" : "{}";
        out.row(
                region.id(),
                Pick.any(SUBJECT, random) + " " + Pick.any(OBSERVATION, random),
                Pick.any(BODY, random) + "\n\n" + Pick.any(BODY, random),
                theme.label(),
                theme.subThemes().isEmpty()
                        ? null
                        : Pick.any(theme.subThemes(), random).label(),
                Pick.any(KINDS, random),
                observed,
                random.nextBoolean() ? null : observed.plusDays(random.nextInt(60)),
                Pick.any(SECTORS, random),
                catalogue,
                published,
                published ? updatedAt : null,
                visibility,
                shared ? updatedAt : null,
                random.nextDouble() < 0.02,
                revision,
                createdAt,
                author,
                author,
                updatedAt,
                editor);
    }

    @Override
    public List<String> afterLoad() {
        return List.of("""
                insert into finding_comment (finding_id, region_id, author, author_name, body, created_at, hidden)
                select f.id, n.neighbour_id, 'Lid ' || n.neighbour_id, 'Lid van ' || n.neighbour_id,
                       (array['Herkenbaar: bij ons speelt hetzelfde.', 'Zullen we dit samen oppakken?',
                              'Welke besturen deden mee?', 'Dank, dit nemen we mee in ons overleg.',
                              'Interessant. Hebben jullie hier cijfers over?'])[1 + (f.id + g) %% 5],
                       f.shared_at + make_interval(hours => 1 + ((f.id * 7 + g) %% 200)::int), (f.id + g) %% 50 = 0
                  from finding f
                  cross join lateral generate_series(1, 1 + (f.id %% 3)::int) g
                  join lateral (select p.neighbour_id from region_neighbour_pair p where p.region_id = f.region_id
                                 order by p.neighbour_id offset (g %% 2) limit 1) n on true
                 where f.published and not f.deleted and f.visibility <> 'OWN'
                 order by hashint8(f.id * 10 + g)
                 limit %d""".formatted(world.count(COMMENTS_PER_SCALE)), """
                insert into finding_read (username, finding_id, read_at)
                select l.lead, f.id, f.shared_at + interval '1 day'
                  from %s
                  join region_neighbour_pair p on p.region_id = l.region_id
                  join finding f on f.region_id = p.neighbour_id
                 where f.published and not f.deleted and f.visibility <> 'OWN' and f.id %% 2 = 0""".formatted(Pick.leads(world)));
    }
}
