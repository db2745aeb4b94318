package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import nl.onderwijsregio.workspace.register.RegisterFilter;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterSort;
import org.springframework.context.ApplicationContext;

/**
 * What the register screen loads when a lead opens it: the first page (the grid's 50 rows, most recently changed
 * first), the number of entries, and the count per status (one call since issue 9; three before).
 */
final class RegisterPage implements Operation {

    private static final int PAGE = 50;
    private static final String FROM = " from register_entry r left join catalogue_entry c"
            + " on c.id = r.catalogue_entry_id where not r.deleted";

    @Override
    public String name() {
        return "register page";
    }

    @Override
    public String description() {
        return "RegisterService.overview: page (50, sorted by last change), count and statusCounts, as a region's lead";
    }

    @Override
    public Object app(ApplicationContext beans, Sample sample) {
        RegisterService register = beans.getBean(RegisterService.class);
        return register.overview(RegisterFilter.all(), PAGE, RegisterSort.UPDATED);
    }

    @Override
    public List<Sql> floor(Sample sample) {
        return List.of(
                // the limit as a literal, as the app renders it (see RegisterEntries.page)
                Sql.of("select r.*, c.information" + FROM + " order by r.updated_at desc, r.id desc limit " + PAGE),
                Sql.of("select count(*)" + FROM),
                Sql.of("select r.status, count(*) from register_entry r where not r.deleted group by r.status"));
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        String region = " and r.region_id = ?";
        return List.of(
                Sql.of(
                        "select r.*, c.information" + FROM + region + " order by r.updated_at desc, r.id desc limit "
                                + PAGE,
                        sample.region()),
                Sql.of("select count(*)" + FROM + region, sample.region()),
                Sql.of(
                        "select r.status, count(*) from register_entry r where not r.deleted" + region
                                + " group by r.status",
                        sample.region()));
    }
}
