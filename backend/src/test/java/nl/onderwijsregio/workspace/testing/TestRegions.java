package nl.onderwijsregio.workspace.testing;

import java.security.SecureRandom;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionKind;
import nl.onderwijsregio.workspace.security.Role;

/**
 * Regions a test makes for itself, so that it leans neither on the demo data nor on what other tests (which share the
 * database in the same JVM, in any order) left behind. Ids get a random suffix ({@code noordkust-k3x9q2}): pick them
 * in a static field with {@link #id(String)}, create them in a {@code @BeforeAll} with {@link #create}, and assert
 * relative to them only.
 */
public final class TestRegions {

    private static final AsUser PLATFORM_ADMIN = AsUser.withRole(Role.PLATFORM_ADMIN);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private TestRegions() {}

    /** A region id no other test uses: {@code base} plus a random suffix (a slug of at most 40 characters). */
    public static String id(String base) {
        StringBuilder suffix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String stem = base.length() > 32 ? base.substring(0, 32) : base;
        return stem + "-" + suffix;
    }

    /** The display name {@link #create} gives a region: "Testregio " and its id. */
    public static String name(String id) {
        return "Testregio " + id;
    }

    /** Creates geographic regions (active, not demo) with these ids, as the platform administrator. */
    public static void create(RegionAdministration administration, String... ids) {
        PLATFORM_ADMIN.run(null, () -> {
            for (String id : ids) {
                administration.create(id, name(id), RegionKind.GEOGRAPHIC);
            }
        });
    }

    /** Creates {@code count} geographic regions with fresh ids from {@code base}; returns their ids. */
    public static java.util.List<String> several(RegionAdministration administration, String base, int count) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(id(base + "-" + i));
        }
        create(administration, ids.toArray(String[]::new));
        return ids;
    }

    /** Creates a national (non-geographic) region with this id, as the platform administrator. */
    public static void createNational(RegionAdministration administration, String id) {
        PLATFORM_ADMIN.run(null, () -> administration.create(id, name(id), RegionKind.NATIONAL));
    }

    /** Makes {@code a} and {@code b} neighbours, as the platform administrator. */
    public static void neighbours(RegionAdministration administration, String a, String b) {
        PLATFORM_ADMIN.run(null, () -> administration.addNeighbours(a, b));
    }
}
