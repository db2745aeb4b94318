package nl.onderwijsregio.workspace.geo;

import java.util.HashMap;
import java.util.Map;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.locationtech.jts.io.WKTWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the municipalities of the configured boundary year ({@code workspace.geo.year}) at start-up: derived once
 * and stored; a start with that year already stored reads nothing but one row. Runs before the demo regions, whose
 * areas need the municipalities.
 */
@Component
@Order(-10)
class MunicipalityImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityImport.class);

    private final Municipalities municipalities;
    private final Tenancy tenancy;
    private final MunicipalityService service;
    private final int year;

    MunicipalityImport(
            Municipalities municipalities,
            Tenancy tenancy,
            MunicipalityService service,
            @Value("${workspace.geo.year:2025}") int year) {
        this.municipalities = municipalities;
        this.tenancy = tenancy;
        this.service = service;
        this.year = year;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenancy.withoutRegion(this::loadOnce);
    }

    private void loadOnce() {
        if (municipalities.loaded(year)) {
            return;
        }
        municipalities.lockForLoading();
        if (municipalities.loaded(year)) {
            return;
        }
        long start = System.nanoTime();
        BoundaryDerivation.Derived derived = BoundaryDerivation.derive(new BoundaryFiles(year));
        WKTWriter writer = new WKTWriter();
        Map<String, String> wkt = new HashMap<>();
        derived.shapes().forEach((code, shape) -> wkt.put(code, writer.write(shape)));
        municipalities.store(derived, wkt);
        service.forget();
        log.info(
                "Boundaries {} loaded: {} municipalities, {} adjacencies, in {} ms",
                year,
                derived.municipalities().size(),
                derived.adjacency().size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
