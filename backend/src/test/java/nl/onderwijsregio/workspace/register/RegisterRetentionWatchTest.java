package nl.onderwijsregio.workspace.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.scheduling.ClusterJobs;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The daily retention watch, run with a fixed clock: marks overdue entries once, in every region, and only those. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegisterRetentionWatchTest extends DatabaseTest {

    private static final String REGION = TestRegions.id("stedenband");
    private static final LocalDate RECEIVED = LocalDate.now().minusDays(100);

    @Autowired
    RegisterService register;

    @Autowired
    RegionService regions;

    @Autowired
    RegisterEntries entries;

    @Autowired
    RegisterEvents events;

    @Autowired
    Tenancy tenancy;

    @Autowired
    ClusterJobs jobs;

    private RegisterEntry received(String what, LocalDate retention) {
        RegisterEntry e = register.create(new RegisterDraft(
                "e056",
                null,
                what,
                null,
                null,
                HolderKind.VFPF,
                "Vfpf",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                retention,
                null,
                null,
                null));
        e = register.transition(e.id(), e.revision(), RegisterStatus.AANGEVRAAGD, RECEIVED.minusDays(10));
        return register.transition(e.id(), e.revision(), RegisterStatus.ONTVANGEN, RECEIVED);
    }

    private RetentionWatch watchOn(LocalDate day) {
        Clock fixed = Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return new RetentionWatch(regions, entries, events, tenancy, fixed, jobs);
    }

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION);
    }

    @Test
    void received_data_past_retention_is_marked_overdue_once_and_deleted_data_never() {
        LocalDate day = LocalDate.now().plusDays(30);
        RegisterEntry past = AsUser.member(REGION).call(REGION, () -> received("Verloopt", day.minusDays(1)));
        RegisterEntry notYet = AsUser.member(REGION).call(REGION, () -> received("Loopt nog", day));
        RegisterEntry deleted = AsUser.member(REGION).call(REGION, () -> {
            RegisterEntry e = received("Al gewist", day.minusDays(5));
            return register.transition(e.id(), e.revision(), RegisterStatus.VERWIJDERD, null);
        });

        // daily() runs once per cluster and per ten minutes (RetentionWatchOnTwoInstancesTest): run() itself here
        watchOn(day).run(day);
        watchOn(day).run(day);
        watchOn(day.plusDays(1)).run(day);

        AsUser.member(REGION).run(REGION, () -> {
            assertThat(register.entry(past.id()).overdue()).isTrue();
            assertThat(register.history(past.id()))
                    .filteredOn(e -> e.action().equals("OVERDUE"))
                    .hasSize(1)
                    .first()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo(RetentionWatch.SYSTEM));
            assertThat(register.entry(notYet.id()).overdue()).isFalse();
            assertThat(register.entry(deleted.id()).overdue()).isFalse();
            assertThat(register.history(deleted.id()))
                    .isNotEmpty()
                    .noneMatch(e -> e.action().equals("OVERDUE"));
        });
        assertThat(watchOn(day).run(day)).isZero();
    }

    @Test
    void the_watch_reaches_every_region_and_the_demo_entry_past_retention() {
        watchOn(LocalDate.now()).run(LocalDate.now());
        AsUser.lead("noordkust")
                .run(
                        "noordkust",
                        () -> assertThat(register.toDo(LocalDate.now()).pastRetention())
                                .isNotEmpty()
                                .allSatisfy(e -> assertThat(e.overdue()).isTrue()));
    }

    @Test
    void extending_the_retention_lifts_the_overdue_mark() {
        LocalDate day = LocalDate.now().plusDays(10);
        RegisterEntry e = AsUser.member(REGION).call(REGION, () -> received("Verlengd", day.minusDays(1)));
        watchOn(day).run(day);
        AsUser.member(REGION).run(REGION, () -> {
            RegisterEntry overdue = register.entry(e.id());
            assertThat(overdue.overdue()).isTrue();
            RegisterDraft longer = new RegisterDraft(
                    "e056",
                    null,
                    "Verlengd",
                    null,
                    null,
                    HolderKind.VFPF,
                    "Vfpf",
                    null,
                    overdue.requestedOn(),
                    overdue.receivedOn(),
                    null,
                    null,
                    null,
                    null,
                    LocalDate.now().plusDays(400),
                    null,
                    null,
                    null);
            assertThat(register.update(e.id(), overdue.revision(), longer).overdue())
                    .isFalse();
        });
    }
}
