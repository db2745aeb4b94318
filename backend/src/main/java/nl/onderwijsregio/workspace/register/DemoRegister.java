package nl.onderwijsregio.workspace.register;

import static nl.onderwijsregio.workspace.register.RegisterStatus.AANGEVRAAGD;
import static nl.onderwijsregio.workspace.register.RegisterStatus.AFGEWEZEN;
import static nl.onderwijsregio.workspace.register.RegisterStatus.INGETROKKEN;
import static nl.onderwijsregio.workspace.register.RegisterStatus.ONTVANGEN;
import static nl.onderwijsregio.workspace.register.RegisterStatus.VERWIJDERD;

import java.time.Clock;
import java.time.LocalDate;
import nl.onderwijsregio.workspace.database.DemoData;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads a few register entries (several statuses, one past its retention, one request waiting over 30 days) for
 * three demo regions whose register is empty: by default only into the embedded database, like the demo regions.
 */
@Component
@Order(20) // after the catalogue import, whose entries the demo refers to
class DemoRegister implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);
    private static final String DEMO = "demo";

    private final RegisterEntries entries;
    private final RegisterEvents events;
    private final RegionService regions;
    private final Tenancy tenancy;
    private final DemoData demoData;
    private final Clock clock;

    DemoRegister(
            RegisterEntries entries,
            RegisterEvents events,
            RegionService regions,
            Tenancy tenancy,
            DemoData demoData,
            Clock clock) {
        this.entries = entries;
        this.events = events;
        this.regions = regions;
        this.tenancy = tenancy;
        this.demoData = demoData;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.wanted()) {
            LocalDate today = LocalDate.now(clock);
            load("noordkust", () -> noordkust(today));
            load("veenland", () -> veenland(today));
            load("rivierenland", () -> rivierenland(today));
        }
    }

    private void load(String region, Runnable demo) {
        if (regions.find(region).isEmpty()) {
            return;
        }
        tenancy.inRegion(region, () -> {
            if (entries.count(RegisterFilter.all(), LocalDate.now(clock)) == 0) {
                demo.run();
                log.info("Loaded the demo register of {}", region);
            }
        });
    }

    private void noordkust(LocalDate today) {
        add(
                draft(
                        "e019",
                        "In- en uitstroom po-personeel per bestuur, 2021-2025",
                        HolderKind.VFPF,
                        "Vervangingsfonds/Participatiefonds",
                        null,
                        AgreementType.GEGEVENSDELINGSOVEREENKOMST,
                        today.minusDays(10)),
                today.minusDays(120),
                ONTVANGEN,
                today.minusDays(90));
        add(
                draft(
                        "e053",
                        "Begeleidingsprogramma's voor startende leraren, per bestuur",
                        HolderKind.BESTUUR,
                        "Stichting Kustscholen",
                        "41234",
                        AgreementType.NIET_NODIG_GEAGGREGEERD,
                        today.plusDays(300)),
                today.minusDays(70),
                ONTVANGEN,
                today.minusDays(50));
        add(
                draft(
                        "e056",
                        "Verzuimcijfers po per maand, laatste twee jaar",
                        HolderKind.VFPF,
                        "Vervangingsfonds/Participatiefonds",
                        null,
                        null,
                        null),
                today.minusDays(45),
                AANGEVRAAGD,
                null);
        add(
                draft(
                        "e041",
                        "Overzicht van wervingsinitiatieven van het bestuur",
                        HolderKind.BESTUUR,
                        "Stichting Kustscholen",
                        "41234",
                        null,
                        null),
                null,
                null,
                null);
        add(
                draft(
                        "e058",
                        "Uitkomsten werkgeluksonderzoek 2025",
                        HolderKind.BESTUUR,
                        "Stichting Noorderlicht",
                        "40871",
                        null,
                        null),
                today.minusDays(80),
                AFGEWEZEN,
                today.minusDays(60));
    }

    private void veenland(LocalDate today) {
        add(
                draft(
                        "e019",
                        "In- en uitstroom po-personeel, regio Veenland",
                        HolderKind.VFPF,
                        "Vervangingsfonds/Participatiefonds",
                        null,
                        AgreementType.GEGEVENSDELINGSOVEREENKOMST,
                        today.plusDays(40)),
                today.minusDays(200),
                ONTVANGEN,
                today.minusDays(170));
        add(
                draft(
                        "e054",
                        "Begeleidingsprogramma's voor startende leraren",
                        HolderKind.BESTUUR,
                        "Stichting Veenscholen",
                        "42017",
                        null,
                        null),
                null,
                null,
                null);
        RegisterDraft pabo = new RegisterDraft(
                null,
                "Instroomcijfers pabo (eigen opgave van de opleiding)",
                "Aantal eerstejaars pabo per vooropleiding, 2022-2025",
                "opleiding",
                "2022-2025",
                HolderKind.LERARENOPLEIDING,
                "Hogeschool Veenland",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Opleidingsmanager",
                null,
                null);
        add(pabo, today.minusDays(10), AANGEVRAAGD, null);
    }

    private void rivierenland(LocalDate today) {
        add(
                draft(
                        "e056",
                        "Verzuim po per bestuur, kwartaalcijfers",
                        HolderKind.VFPF,
                        "Vervangingsfonds/Participatiefonds",
                        null,
                        AgreementType.VERWERKERSOVEREENKOMST,
                        today.plusDays(365)),
                today.minusDays(60),
                ONTVANGEN,
                today.minusDays(20));
        add(
                draft(
                        "e008",
                        "Uitgesplitste tekortmeting per bestuur",
                        HolderKind.BESTUUR,
                        "Stichting De Rivieren",
                        "43550",
                        null,
                        null),
                today.minusDays(30),
                INGETROKKEN,
                today.minusDays(25));
        add(
                draft(
                        "e102",
                        "Doorstroom en eindscores per school, 2023-2024",
                        HolderKind.BESTUUR,
                        "Stichting De Rivieren",
                        "43550",
                        AgreementType.NIET_NODIG_GEAGGREGEERD,
                        today.minusDays(5)),
                today.minusDays(400),
                VERWIJDERD,
                today.minusDays(2));
    }

    private static RegisterDraft draft(
            String catalogueEntry,
            String what,
            HolderKind kind,
            String holder,
            @Nullable String bestuursnummer,
            @Nullable AgreementType agreement,
            @Nullable LocalDate retention) {
        return new RegisterDraft(
                catalogueEntry,
                null,
                what,
                null,
                null,
                kind,
                holder,
                bestuursnummer,
                null,
                null,
                agreement,
                null,
                null,
                null,
                retention,
                null,
                null,
                null);
    }

    /** Adds the entry and walks it along the workflow to {@code status}: requested on {@code requested}, then on. */
    private void add(
            RegisterDraft draft,
            @Nullable LocalDate requested,
            @Nullable RegisterStatus status,
            @Nullable LocalDate decided) {
        long id = entries.insert(draft, DEMO);
        events.record(id, DEMO, "CREATED", null, RegisterStatus.GEWENST, Message.verbatim(draft.what()));
        int revision = 1;
        RegisterStatus at = RegisterStatus.GEWENST;
        if (status == null) {
            return;
        }
        revision = step(id, revision, at, AANGEVRAAGD, requested);
        at = AANGEVRAAGD;
        if (status == VERWIJDERD) {
            revision = step(id, revision, at, ONTVANGEN, requested.plusDays(20));
            at = ONTVANGEN;
        }
        if (status != AANGEVRAAGD) {
            step(id, revision, at, status, decided);
        }
    }

    private int step(long id, int revision, RegisterStatus from, RegisterStatus to, @Nullable LocalDate on) {
        entries.moveTo(id, revision, to, on, DEMO);
        events.record(id, DEMO, "STATUS", from, to, Message.of("register.history.status", from, to, on));
        return revision + 1;
    }
}
