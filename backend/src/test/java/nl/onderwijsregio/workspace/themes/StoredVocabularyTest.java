package nl.onderwijsregio.workspace.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.priorities.PriorityStatus;
import nl.onderwijsregio.workspace.priorities.PriorityTopics;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionKind;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each theme, sub-theme and sector goes into the database and comes back as itself: findings keep themes by their
 * Dutch name, priorities by their code (the schema's check constraint lists those), both keep sectors by code.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredVocabularyTest extends DatabaseTest {

    /** A region of its own, so that no other test meets these findings, priorities or their history. */
    private static final String REGION = "woordenlijst";

    private static final AsUser LEAD = AsUser.lead(REGION);
    private static final AsUser ADMIN = AsUser.withRole(Role.PLATFORM_ADMIN);

    @Autowired
    FindingService findings;

    @Autowired
    PriorityService priorities;

    @Autowired
    RegionAdministration administration;

    @BeforeAll
    void region() {
        ADMIN.run(null, () -> administration.create(REGION, "Woordenlijst", RegionKind.GEOGRAPHIC));
    }

    @AfterAll
    void noLongerActive() {
        ADMIN.run(null, () -> administration.setActive(REGION, false));
    }

    @Test
    void a_finding_reads_back_every_theme_and_sub_theme_and_all_sectors() {
        List<Topic> topics = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            topics.add(Topic.of(theme));
            theme.subThemes().forEach(s -> topics.add(Topic.of(s)));
        }
        LEAD.run(REGION, () -> {
            for (Topic topic : topics) {
                Finding created = findings.create(new FindingDraft(
                        "Woordenlijst: " + topic.label(),
                        "",
                        topic.theme(),
                        topic.subTheme(),
                        FindingKind.OVERIG,
                        LocalDate.of(2026, 1, 1),
                        null,
                        EnumSet.allOf(Sector.class),
                        List.of(),
                        List.of(),
                        false,
                        Visibility.OWN));
                Finding read = findings.get(created.id());
                assertThat(read.topic()).isEqualTo(topic);
                assertThat(read.sectors()).containsExactlyInAnyOrder(Sector.values());
                findings.delete(created.id());
            }
        });
    }

    @Test
    void a_priority_reads_back_every_topic_it_can_have_and_all_sectors() {
        LEAD.run(REGION, () -> {
            for (Topic topic : PriorityTopics.all()) {
                Priority created = priorities.create(new PriorityDraft(
                        "Woordenlijst: " + topic.label(),
                        topic,
                        "",
                        List.of(Sector.values()),
                        null,
                        null,
                        null,
                        2026,
                        2026,
                        PriorityStatus.GEPLAND,
                        false,
                        List.of()));
                Priority read = priorities.priority(created.id());
                assertThat(read.topic()).isEqualTo(topic);
                assertThat(read.sectors()).containsExactly(Sector.values());
                priorities.delete(created.id());
            }
        });
    }
}
