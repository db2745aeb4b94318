package nl.onderwijsregio.workspace.bench.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Register entries: 20,000 at scale 1, spread unevenly over the regions, mostly about real catalogue entries, with a
 * realistic mix of statuses whose dates respect the table's rules; the history (CREATED and STATUS events) is
 * derived in SQL after loading, because entry ids are assigned by the database.
 */
final class RegisterEntryRows implements BenchTable {

    static final int PER_SCALE = 20_000;
    private static final String[] STATUSES = {
        "GEWENST", "AANGEVRAAGD", "ONTVANGEN", "AFGEWEZEN", "INGETROKKEN", "VERWIJDERD"
    };
    private static final double[] STATUS_SHARE = {0.20, 0.25, 0.35, 0.07, 0.05, 0.08};
    private static final String[] HOLDERS = {
        "BESTUUR", "VFPF", "DUO", "CBS", "LERARENOPLEIDING", "KINDEROPVANG", "GEMEENTE", "REGIONAAL_LOKET", "OTHER"
    };
    private static final double[] HOLDER_SHARE = {0.45, 0.10, 0.15, 0.05, 0.08, 0.04, 0.08, 0.03, 0.02};
    private static final String[] WHAT = {
        "Verzuimcijfers per school",
        "Vacatures en openstaande uren",
        "Instroom en uitstroom van leraren",
        "Leeftijdsopbouw van het personeel",
        "Zij-instromers in opleiding",
        "Lesuitval per week",
        "Formatieplan",
        "Mobiliteit tussen besturen"
    };
    private static final String[] BOARD = {
        "Primair", "Lumen", "Arcade", "De Linde", "Stroomland", "Kompas", "Delta", "Horizon"
    };

    @Override
    public String table() {
        return "register_entry";
    }

    @Override
    public List<String> columns() {
        return List.of(
                "region_id",
                "catalogue_entry_id",
                "source_text",
                "what",
                "period",
                "holder_kind",
                "holder_name",
                "bestuursnummer",
                "status",
                "requested_on",
                "received_on",
                "closed_on",
                "agreement_type",
                "agreement_signed_on",
                "legal_basis",
                "retention_until",
                "deletion_confirmed_on",
                "deletion_confirmed_by",
                "contact_name",
                "overdue",
                "deleted",
                "revision",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by");
    }

    @Override
    public List<String> afterLoad() {
        return List.of("""
                insert into register_event (entry_id, region_id, at, actor, action, to_status, summary)
                select id, region_id, created_at, created_by, 'CREATED', 'GEWENST', what from register_entry""", """
                insert into register_event (entry_id, region_id, at, actor, action, from_status, to_status, summary)
                select id, region_id, updated_at, updated_by, 'STATUS', 'GEWENST', status, 'Gewenst → ' || status
                from register_entry where status <> 'GEWENST'""");
    }

    @Override
    public void rows(World world, SplittableRandom random, Rows out) throws IOException {
        List<World.GeneratedRegion> regions = world.regions();
        double[] weights = regions.stream()
                .mapToDouble(r -> 0.3 + random.nextDouble() * 1.7)
                .toArray();
        double total = java.util.Arrays.stream(weights).sum();
        int entries = world.count(PER_SCALE);
        for (int i = 0; i < regions.size(); i++) {
            int share = (int) Math.round(entries * weights[i] / total);
            for (int e = 0; e < share; e++) {
                entry(world, regions.get(i), random, out);
            }
        }
    }

    private void entry(World world, World.GeneratedRegion region, SplittableRandom random, Rows out)
            throws IOException {
        LocalDate today = world.today();
        String status = pick(STATUSES, STATUS_SHARE, random);
        String holder = pick(HOLDERS, HOLDER_SHARE, random);
        String author = region.users().get(random.nextInt(region.users().size()));
        String editor = region.users().get(random.nextInt(region.users().size()));
        LocalDate created = today.minusDays(30 + random.nextInt(900));
        LocalDate requested = status.equals("GEWENST") || status.equals("INGETROKKEN")
                ? null
                : min(created.plusDays(random.nextInt(30)), today);
        boolean received = status.equals("ONTVANGEN") || status.equals("VERWIJDERD");
        LocalDate receivedOn = received ? min(requested.plusDays(5 + random.nextInt(90)), today) : null;
        LocalDate retention = received ? receivedOn.plusDays(180 + random.nextInt(1300)) : null;
        LocalDate deletion =
                status.equals("VERWIJDERD") ? min(receivedOn.plusDays(90 + random.nextInt(400)), today) : null;
        LocalDate closed = switch (status) {
            case "AFGEWEZEN" -> min(requested.plusDays(10 + random.nextInt(60)), today);
            case "INGETROKKEN" -> min(created.plusDays(random.nextInt(120)), today);
            case "VERWIJDERD" -> deletion;
            default -> null;
        };
        LocalDate updated = latest(created, requested, receivedOn, closed);
        boolean fromCatalogue = random.nextDouble() < 0.85;
        int year = 2019 + random.nextInt(6);
        String what = WHAT[random.nextInt(WHAT.length)] + " " + (year + 1);
        out.row(
                region.id(),
                fromCatalogue
                        ? world.catalogueIds()
                                .get(random.nextInt(world.catalogueIds().size()))
                        : null,
                fromCatalogue ? null : "Eigen bron: " + what.toLowerCase(java.util.Locale.ROOT),
                what,
                "schooljaar " + year + "-" + (year + 1),
                holder,
                holderName(holder, random),
                holder.equals("BESTUUR") ? String.valueOf(10_000 + random.nextInt(90_000)) : null,
                status,
                requested,
                receivedOn,
                closed,
                received ? (random.nextBoolean() ? "VERWERKERSOVEREENKOMST" : "GEGEVENSDELINGSOVEREENKOMST") : null,
                received ? receivedOn.minusDays(random.nextInt(5)) : null,
                received ? "Gerechtvaardigd belang (art. 6 lid 1 sub f AVG)" : null,
                retention,
                deletion,
                deletion == null ? null : editor,
                random.nextDouble() < 0.7 ? "Contact " + (1 + random.nextInt(999)) : null,
                status.equals("ONTVANGEN") && retention.isBefore(today),
                random.nextDouble() < 0.02,
                1 + (requested == null ? 0 : 1) + (receivedOn == null ? 0 : 1) + (closed == null ? 0 : 1),
                created.atTime(9, random.nextInt(60)).atOffset(ZoneOffset.UTC),
                author,
                updated.atTime(10 + random.nextInt(8), random.nextInt(60)).atOffset(ZoneOffset.UTC),
                editor);
    }

    private static String holderName(String holder, SplittableRandom random) {
        return switch (holder) {
            case "BESTUUR" ->
                "Stichting " + BOARD[random.nextInt(BOARD.length)] + " Onderwijs " + (1 + random.nextInt(40));
            case "VFPF" -> "Vf/Pf";
            case "DUO" -> "Dienst Uitvoering Onderwijs";
            case "CBS" -> "Centraal Bureau voor de Statistiek";
            case "GEMEENTE" -> "Gemeente " + (1 + random.nextInt(300));
            default ->
                holder.charAt(0) + holder.substring(1).toLowerCase(java.util.Locale.ROOT) + " "
                        + (1 + random.nextInt(50));
        };
    }

    private static String pick(String[] values, double[] shares, SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate latest = dates[0];
        for (LocalDate d : dates) {
            if (d != null && d.isAfter(latest)) {
                latest = d;
            }
        }
        return latest;
    }
}
