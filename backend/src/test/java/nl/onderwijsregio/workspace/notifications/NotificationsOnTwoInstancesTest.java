package nl.onderwijsregio.workspace.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.testing.TwoInstances;
import org.junit.jupiter.api.Test;

/** Two instances of the app on one database, each with its own scheduler and mail connection: one mail per event. */
class NotificationsOnTwoInstancesTest {

    private final TwoInstances instances = TwoInstances.get();

    @Test
    void both_schedulers_firing_at_once_send_each_mail_once() throws Exception {
        var first = instances.first();
        String own = TestRegions.id("two-a");
        String neighbour = TestRegions.id("two-b");
        TestRegions.create(first.getBean(RegionAdministration.class), own, neighbour);
        TestRegions.neighbours(first.getBean(RegionAdministration.class), own, neighbour);
        String email = "twee." + own + "@example.org";
        Fixtures.wants(
                own,
                AsUser.lead(own),
                email,
                NotificationKind.NEW_FINDING,
                Frequency.IMMEDIATELY,
                first.getBean(TeamService.class),
                first.getBean(NotificationSettingsService.class));
        Fixtures.publish(
                neighbour, "Twee instanties " + own, Visibility.NEIGHBOURS, first.getBean(FindingService.class));

        var jobs = instances.both(NotificationJob.class);
        CyclicBarrier together = new CyclicBarrier(2);
        var onFirst = CompletableFuture.supplyAsync(() -> atOnce(together, jobs.first()));
        var onSecond = CompletableFuture.supplyAsync(() -> atOnce(together, jobs.second()));
        assertThat(List.of(onFirst.get(), onSecond.get())).containsExactlyInAnyOrder(true, false);
        // and without the lock, both sending at once (a lock that ran out): still one mail
        jobs.first().run(java.time.OffsetDateTime.now());
        jobs.second().run(java.time.OffsetDateTime.now());

        List<MimeMessage> all =
                new ArrayList<>(instances.first().getBean(MailCatcher.class).messages());
        all.addAll(instances.second().getBean(MailCatcher.class).messages());
        List<MimeMessage> mine = Fixtures.mailsTo(all, email);
        assertThat(mine).hasSize(1);
        assertThat(Fixtures.text(mine.getFirst())).contains("Twee instanties " + own);
    }

    private static boolean atOnce(CyclicBarrier together, NotificationJob job) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return job.runScheduled();
    }
}
