package nl.onderwijsregio.workspace.bench.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Small helpers the tables share: weighted picks and how many rows each region gets. */
final class Pick {

    private Pick() {}

    static String weighted(String[] values, double[] shares, SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static <T> T any(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    static String any(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    /** {@code total} rows spread unevenly over the regions (weights 0.3–2.0), in region order. */
    static int[] perRegion(World world, int total, SplittableRandom random) {
        double[] weights = world.regions().stream()
                .mapToDouble(r -> 0.3 + random.nextDouble() * 1.7)
                .toArray();
        double sum = java.util.Arrays.stream(weights).sum();
        int[] counts = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            counts[i] = (int) Math.round(total * weights[i] / sum);
        }
        return counts;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A SQL {@code values} list of (region id, lead) for statements run after loading. */
    static String leads(World world) {
        StringBuilder values = new StringBuilder("(values ");
        for (int i = 0; i < world.regions().size(); i++) {
            World.GeneratedRegion region = world.regions().get(i);
            values.append(i == 0 ? "" : ", ")
                    .append('(')
                    .append(quote(region.id()))
                    .append(", ")
                    .append(quote(region.lead()))
                    .append(')');
        }
        return values.append(") as l (region_id, lead)").toString();
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
