package nl.onderwijsregio.workspace.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.testing.TwoInstances;
import org.junit.jupiter.api.Test;

/** Two instances of the app on one database: the daily retention watch runs on one of them only. */
class RetentionWatchOnTwoInstancesTest {

    private final TwoInstances instances = TwoInstances.get();

    @Test
    void the_retention_watch_fired_on_both_instances_at_once_runs_once_and_marks_once() throws Exception {
        String region = TestRegions.id("veenland");
        TestRegions.create(instances.first().getBean(RegionAdministration.class), region);
        RegisterService register = instances.first().getBean(RegisterService.class);
        RegisterEntry past = AsUser.member(region)
                .call(region, () -> received(register, LocalDate.now().minusDays(1)));

        var watches = instances.both(RetentionWatch.class);
        CyclicBarrier together = new CyclicBarrier(2);
        var onFirst = CompletableFuture.supplyAsync(atOnce(together, watches.first()));
        var onSecond = CompletableFuture.supplyAsync(atOnce(together, watches.second()));
        List<Boolean> ran = List.of(onFirst.get(), onSecond.get());

        assertThat(ran).containsExactlyInAnyOrder(true, false);
        // Moments later (another instance's trigger a little late): skipped on both.
        assertThat(watches.first().runScheduled()).isFalse();
        assertThat(watches.second().runScheduled()).isFalse();

        RegisterService other = instances.second().getBean(RegisterService.class);
        AsUser.member(region).run(region, () -> {
            assertThat(other.entry(past.id()).overdue()).isTrue();
            assertThat(other.history(past.id()))
                    .filteredOn(e -> e.action().equals("OVERDUE"))
                    .hasSize(1);
        });
    }

    private static Supplier<Boolean> atOnce(CyclicBarrier together, RetentionWatch watch) {
        return () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return watch.runScheduled();
        };
    }

    private static RegisterEntry received(RegisterService register, LocalDate retention) {
        LocalDate received = LocalDate.now().minusDays(100);
        RegisterEntry e = register.create(new RegisterDraft(
                "e056",
                null,
                "Verlopen op twee instanties",
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
        e = register.transition(e.id(), e.revision(), RegisterStatus.AANGEVRAAGD, received.minusDays(10));
        return register.transition(e.id(), e.revision(), RegisterStatus.ONTVANGEN, received);
    }
}
