package nl.onderwijsregio.workspace.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.catalogue.EntryChange;
import nl.onderwijsregio.workspace.catalogue.Suggestion;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The mails about an analysis's status (up for review, established, shared with the neighbours) and about a decided
 * catalogue suggestion: recorded with the change, mailed immediately or in the digest, in the recipient's language,
 * only to whom may read the item at send time, never to who made the change, never twice.
 */
// The scheduled run stays away: each test runs the job itself, at the moments it names.
@SpringBootTest(classes = BackendTestApplication.class, properties = "workspace.notifications.initial-delay=PT12H")
class AnalysisAndSuggestionMailsTest extends DatabaseTest {

    private static final AsUser MAINTAINER = AsUser.withRole(Role.CATALOGUE_ADMIN);

    @Autowired
    RegionAdministration administration;

    @Autowired
    AnalysisService analyses;

    @Autowired
    CatalogueSuggestions suggestions;

    @Autowired
    TeamService team;

    @Autowired
    NotificationSettingsService settings;

    @Autowired
    NotificationJob job;

    @Autowired
    MailCatcher catcher;

    @Test
    void the_region_hears_of_review_and_establishment_and_the_neighbours_of_the_shared_version() {
        String own = TestRegions.id("status-a");
        String neighbour = TestRegions.id("status-b");
        String far = TestRegions.id("status-c");
        TestRegions.create(administration, own, neighbour, far);
        TestRegions.neighbours(administration, own, neighbour);
        String member = "member." + own + "@example.org";
        String lead = "lead." + own + "@example.org";
        String next = "lead." + neighbour + "@example.org";
        String stranger = "lead." + far + "@example.org";
        wants(own, AsUser.member(own), member, "en", NotificationKind.ANALYSIS_STATUS, Frequency.IMMEDIATELY);
        wants(own, AsUser.lead(own), lead, "nl", NotificationKind.ANALYSIS_STATUS, Frequency.IMMEDIATELY);
        wants(neighbour, AsUser.lead(neighbour), next, "nl", NotificationKind.ANALYSIS_STATUS, Frequency.DAILY);
        wants(far, AsUser.lead(far), stranger, "nl", NotificationKind.ANALYSIS_STATUS, Frequency.IMMEDIATELY);

        Analysis started = started(own, "Status " + own);
        Analysis review = AsUser.lead(own)
                .call(
                        own,
                        () -> analyses.changeStatus(
                                started.id(), started.revision(), AnalysisStatus.TER_BESPREKING, false, false));
        OffsetDateTime now = OffsetDateTime.now().plusSeconds(1);
        job.run(now);

        List<MimeMessage> toMember = Fixtures.mailsTo(catcher.messages(), member);
        assertThat(toMember).hasSize(1);
        assertThat(Fixtures.text(toMember.getFirst()))
                .as("in the member's language, with a direct link and the unsubscribe links")
                .contains(
                        "The regional analysis Status " + own + " (version 1) is up for review",
                        "/analyse?editie=" + started.id(),
                        "/afmelden?token=",
                        "soort=ANALYSIS_STATUS")
                .doesNotContain("ter bespreking");
        assertThat(Fixtures.mailsTo(catcher.messages(), lead))
                .as("not about one's own change")
                .isEmpty();
        assertThat(Fixtures.mailsTo(catcher.messages(), next))
                .as("the neighbours do not read a concept")
                .isEmpty();

        Analysis established = AsUser.lead(own)
                .call(
                        own,
                        () -> analyses.changeStatus(
                                review.id(), review.revision(), AnalysisStatus.VASTGESTELD, true, false));
        long release = established.releases().getFirst().id();
        job.run(now.plusSeconds(30));
        toMember = Fixtures.mailsTo(catcher.messages(), member);
        assertThat(toMember).hasSize(2);
        assertThat(Fixtures.text(toMember.get(1)))
                .contains("was established as version 1", "/analyse/versie/" + release)
                .doesNotContain("shares its");
        assertThat(Fixtures.mailsTo(catcher.messages(), next))
                .as("a daily digest waits until 07:00")
                .isEmpty();

        job.run(now.plusDays(2));
        List<MimeMessage> toNeighbour = Fixtures.mailsTo(catcher.messages(), next);
        assertThat(toNeighbour).hasSize(1);
        assertThat(Fixtures.text(toNeighbour.getFirst()))
                .contains(
                        "dagoverzicht",
                        TestRegions.name(own) + " deelt de vastgestelde regioanalyse Status " + own + " (versie 1)",
                        "/analyse/versie/" + release)
                .as("their own region's status changes are not the neighbours' news")
                .doesNotContain("ter bespreking", "is vastgesteld als");
        assertThat(Fixtures.mailsTo(catcher.messages(), stranger))
                .as("not a neighbour")
                .isEmpty();
        assertThat(Fixtures.mailsTo(catcher.messages(), lead)).isEmpty();

        job.run(now.plusDays(4));
        assertThat(Fixtures.mailsTo(catcher.messages(), member))
                .as("never twice")
                .hasSize(2);
        assertThat(Fixtures.mailsTo(catcher.messages(), next)).hasSize(1);
    }

    @Test
    void a_version_no_longer_shared_at_send_time_is_not_mailed() {
        String own = TestRegions.id("unshare-a");
        String neighbour = TestRegions.id("unshare-b");
        TestRegions.create(administration, own, neighbour);
        TestRegions.neighbours(administration, own, neighbour);
        String next = "lead." + neighbour + "@example.org";
        wants(neighbour, AsUser.lead(neighbour), next, "nl", NotificationKind.ANALYSIS_STATUS, Frequency.DAILY);

        Analysis started = started(own, "Teruggetrokken " + own);
        Analysis established = AsUser.lead(own)
                .call(
                        own,
                        () -> analyses.changeStatus(
                                started.id(), started.revision(), AnalysisStatus.VASTGESTELD, true, false));
        OffsetDateTime now = OffsetDateTime.now().plusSeconds(1);
        job.run(now); // queued for the digest
        AsUser.lead(own)
                .run(own, () -> analyses.share(established.releases().getFirst().id(), false, false));
        job.run(now.plusDays(2));
        assertThat(Fixtures.mailsTo(catcher.messages(), next)).isEmpty();

        // shared again: the same version is news only once (already skipped), nothing is sent twice or late
        AsUser.lead(own)
                .run(own, () -> analyses.share(established.releases().getFirst().id(), true, false));
        job.run(now.plusDays(4));
        assertThat(Fixtures.mailsTo(catcher.messages(), next)).isEmpty();
    }

    @Test
    void whoever_made_a_suggestion_hears_it_was_accepted_or_declined_with_the_reason() {
        String region = TestRegions.id("suggestion-a");
        TestRegions.create(administration, region);
        String member = "member." + region + "@example.org";
        String lead = "lead." + region + "@example.org";
        wants(region, AsUser.member(region), member, "nl", NotificationKind.SUGGESTION_HANDLED, Frequency.IMMEDIATELY);
        wants(region, AsUser.lead(region), lead, "en", NotificationKind.SUGGESTION_HANDLED, Frequency.WEEKLY);

        Suggestion declined = AsUser.member(region)
                .call(region, () -> suggestions.suggest("e001", "De link naar de bron is verouderd " + region));
        Suggestion accepted =
                AsUser.lead(region).call(region, () -> suggestions.suggest(null, "Monitor zij-instroom van " + region));
        MAINTAINER.run(null, () -> suggestions.decline(declined.id(), "De link werkt nog; zie de vindplaats."));
        OffsetDateTime now = OffsetDateTime.now().plusSeconds(1);
        job.run(now);

        List<MimeMessage> toMember = Fixtures.mailsTo(catcher.messages(), member);
        assertThat(toMember).hasSize(1);
        assertThat(Fixtures.text(toMember.getFirst()))
                .contains(
                        "Je voorstel is niet overgenomen: De link naar de bron is verouderd " + region,
                        "reden: De link werkt nog; zie de vindplaats.",
                        "/catalogus/voorstellen",
                        "soort=SUGGESTION_HANDLED");
        assertThat(Fixtures.mailsTo(catcher.messages(), lead))
                .as("not their suggestion")
                .isEmpty();

        MAINTAINER.run(
                null,
                () -> suggestions.accept(
                        accepted.id(),
                        new EntryChange(
                                "Aantrekken",
                                "Werven",
                                "Monitor zij-instroom (" + region + ")",
                                "Gemeente " + region,
                                "Gemeente",
                                null,
                                null,
                                "CLOSED",
                                List.of(),
                                List.of("GEMEENTE"),
                                null),
                        0));
        job.run(now.plusDays(8));
        List<MimeMessage> toLead = Fixtures.mailsTo(catcher.messages(), lead);
        assertThat(toLead).hasSize(1);
        assertThat(Fixtures.text(toLead.getFirst()))
                .contains("weekly", "Your suggestion was accepted: Monitor zij-instroom van " + region)
                .doesNotContain("De link naar de bron");
        job.run(now.plusDays(16));
        assertThat(Fixtures.mailsTo(catcher.messages(), member))
                .as("never twice")
                .hasSize(1);
        assertThat(Fixtures.mailsTo(catcher.messages(), lead)).hasSize(1);
    }

    private Analysis started(String region, String edition) {
        return AsUser.lead(region).call(region, () -> {
            Analysis a = analyses.start(edition, false);
            Chapter c = a.chapters().get(4);
            analyses.save(c.id(), c.revision(), c.title(), "Tekst van " + edition);
            return analyses.analysis(a.id());
        });
    }

    private void wants(
            String region, AsUser person, String email, String language, NotificationKind kind, Frequency frequency) {
        person.run(region, () -> {
            team.recordActivity();
            settings.save(new NotificationSettings(email, language, Map.of(kind, frequency)));
        });
    }
}
