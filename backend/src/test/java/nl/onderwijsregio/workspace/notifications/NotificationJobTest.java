package nl.onderwijsregio.workspace.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.scheduling.ClusterJobs;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The sending job: a digest holds exactly what the recipient may read (checked again at send time), many senders at
 * once mail every event once, and a failed SMTP delivery is sent on a later run.
 */
// The scheduled run stays away: each test runs the job itself, at the moments it names.
@SpringBootTest(classes = BackendTestApplication.class, properties = "workspace.notifications.initial-delay=PT12H")
class NotificationJobTest extends DatabaseTest {

    @Autowired
    RegionAdministration administration;

    @Autowired
    FindingService findings;

    @Autowired
    TeamService team;

    @Autowired
    NotificationSettingsService settings;

    @Autowired
    NotificationJob job;

    @Autowired
    MailCatcher catcher;

    @Test
    void the_daily_digest_holds_exactly_what_the_recipient_may_read_at_send_time() {
        String own = TestRegions.id("digest-a");
        String neighbour = TestRegions.id("digest-b");
        String far = TestRegions.id("digest-c");
        TestRegions.create(administration, own, neighbour, far);
        TestRegions.neighbours(administration, own, neighbour);
        String email = "digest." + own + "@example.org";
        Fixtures.wants(own, AsUser.lead(own), email, NotificationKind.NEW_FINDING, Frequency.DAILY, team, settings);

        Finding shared = Fixtures.publish(neighbour, "Gedeeld met buren " + own, Visibility.NEIGHBOURS, findings);
        Fixtures.publish(neighbour, "Alleen eigen regio " + own, Visibility.OWN, findings);
        Finding toAll = Fixtures.publish(far, "Gedeeld met iedereen " + own, Visibility.ALL, findings);
        Fixtures.publish(far, "Alleen buren van ver " + own, Visibility.NEIGHBOURS, findings);
        Finding unshared = Fixtures.publish(neighbour, "Later teruggetrokken " + own, Visibility.NEIGHBOURS, findings);

        OffsetDateTime now = OffsetDateTime.now();
        job.run(now);
        assertThat(Fixtures.mailsTo(catcher.messages(), email))
                .as("a daily digest waits until 07:00")
                .isEmpty();

        // queued, then no longer shared with the region: not in the mail
        AsUser.lead(neighbour).run(neighbour, () -> {
            FindingDraft was = FindingDraft.of(unshared);
            findings.update(unshared.id(), unshared.revision(), withVisibility(was, Visibility.OWN));
        });
        job.run(now.plusDays(2));

        List<MimeMessage> mails = Fixtures.mailsTo(catcher.messages(), email);
        assertThat(mails).hasSize(1);
        String text = Fixtures.text(mails.getFirst());
        assertThat(text)
                .contains(
                        "dagoverzicht",
                        shared.title(),
                        toAll.title(),
                        "/bevindingen/" + shared.id(),
                        "/afmelden?token=")
                .doesNotContain("Alleen eigen regio", "Alleen buren van ver", "Later teruggetrokken");

        job.run(now.plusDays(3));
        List<MimeMessage> later = Fixtures.mailsTo(catcher.messages(), email);
        // (findings other tests share with all regions meanwhile may come in a later digest; ours never again)
        assertThat(later.stream().filter(m -> Fixtures.text(m).contains(shared.title())))
                .as("never twice")
                .hasSize(1);
        assertThat(later.stream().filter(m -> Fixtures.text(m).contains(toAll.title())))
                .hasSize(1);

        // the mail's unsubscribe link, without logging in
        var link = java.util.regex.Pattern.compile("/afmelden\\?token=([0-9a-f-]{36})&soort=NEW_FINDING")
                .matcher(text);
        assertThat(link.find()).isTrue();
        assertThat(settings.unsubscribe(link.group(1), NotificationKind.NEW_FINDING))
                .contains("lead." + own);
        assertThat(AsUser.lead(own).call(own, settings::mine).of(NotificationKind.NEW_FINDING))
                .isEqualTo(Frequency.NEVER);
    }

    @Test
    void many_senders_at_once_mail_every_event_exactly_once() throws Exception {
        String own = TestRegions.id("once-a");
        String neighbour = TestRegions.id("once-b");
        TestRegions.create(administration, own, neighbour);
        TestRegions.neighbours(administration, own, neighbour);
        String email = "once." + own + "@example.org";
        Fixtures.wants(
                own, AsUser.lead(own), email, NotificationKind.NEW_FINDING, Frequency.IMMEDIATELY, team, settings);
        List<Finding> shared = IntStream.range(0, 5)
                .mapToObj(i -> Fixtures.publish(neighbour, "Eenmaal " + i + " " + own, Visibility.NEIGHBOURS, findings))
                .toList();

        OffsetDateTime now = OffsetDateTime.now().plusSeconds(1);
        int senders = 6;
        CyclicBarrier together = new CyclicBarrier(senders);
        List<CompletableFuture<Integer>> runs = IntStream.range(0, senders)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return job.run(now);
                }))
                .toList();
        for (CompletableFuture<Integer> run : runs) {
            run.get();
        }

        List<MimeMessage> mails = Fixtures.mailsTo(catcher.messages(), email).stream()
                .filter(m -> Fixtures.text(m).contains("Eenmaal "))
                .toList();
        assertThat(mails).hasSize(5);
        for (Finding finding : shared) {
            assertThat(mails.stream().filter(m -> Fixtures.text(m).contains(finding.title())))
                    .as(finding.title())
                    .hasSize(1);
        }
    }

    @Test
    void a_failed_smtp_delivery_is_retried_on_a_later_run_and_sent_once(
            @Autowired RegionService regions,
            @Autowired Tenancy tenancy,
            @Autowired Subscribers subscribers,
            @Autowired Outbox outbox,
            @Autowired EventCollector events,
            @Autowired MailItems items,
            @Autowired MailComposer composer,
            @Autowired MailSettings mailSettings,
            @Autowired ClusterJobs jobs,
            @Autowired Clock clock,
            @Autowired RegisterService unused) {
        String own = TestRegions.id("retry-a");
        String neighbour = TestRegions.id("retry-b");
        TestRegions.create(administration, own, neighbour);
        TestRegions.neighbours(administration, own, neighbour);
        String email = "retry." + own + "@example.org";
        Fixtures.wants(
                own, AsUser.lead(own), email, NotificationKind.NEW_FINDING, Frequency.IMMEDIATELY, team, settings);
        Finding finding = Fixtures.publish(neighbour, "Na een storing " + own, Visibility.NEIGHBOURS, findings);

        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(1); // nothing listens there: the SMTP server is away
        NotificationJob failing = new NotificationJob(
                regions, tenancy, subscribers, outbox, events, items, composer, down, mailSettings, jobs, clock);
        OffsetDateTime now = OffsetDateTime.now().plusSeconds(1);
        failing.run(now);
        assertThat(about(email, finding.title())).isEmpty();

        job.run(now.plusSeconds(10));
        assertThat(about(email, finding.title())).as("waits for the next try").isEmpty();
        job.run(now.plusMinutes(5));
        assertThat(about(email, finding.title())).hasSize(1);
        job.run(now.plusMinutes(30));
        assertThat(about(email, finding.title())).hasSize(1);
    }

    /** The mails to {@code email} that name {@code title} (other tests' findings shared with all may come too). */
    private List<MimeMessage> about(String email, String title) {
        return Fixtures.mailsTo(catcher.messages(), email).stream()
                .filter(m -> Fixtures.text(m).contains(title))
                .toList();
    }

    private static FindingDraft withVisibility(FindingDraft was, Visibility visibility) {
        return new FindingDraft(
                was.title(),
                was.body(),
                was.theme(),
                was.subTheme(),
                was.kind(),
                was.observedFrom(),
                was.observedUntil(),
                was.sectors(),
                was.catalogueEntryIds(),
                was.registerEntryIds(),
                was.published(),
                visibility);
    }
}
