package nl.onderwijsregio.workspace.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Writing, changing and sharing findings; comments, unread markers and notifications. */
@SpringBootTest(classes = BackendTestApplication.class)
class FindingServiceTest extends DatabaseTest {

    // this test's own regions: the region's neighbour is NEIGHBOUR_REGION; STRANGER_REGION is not a neighbour
    static final String REGION = TestRegions.id("rivierenland");
    static final String NEIGHBOUR_REGION = TestRegions.id("veenland");
    static final String STRANGER_REGION = TestRegions.id("noordkust");
    static final AsUser MEMBER = AsUser.member(REGION);
    static final AsUser OTHER_MEMBER = new AsUser("tweede." + REGION, List.of(Role.REGIO_MEMBER), List.of(REGION));
    static final AsUser LEAD = AsUser.lead(REGION);
    static final AsUser NEIGHBOUR =
            new AsUser("buur." + NEIGHBOUR_REGION, List.of(Role.REGIO_MEMBER), List.of(NEIGHBOUR_REGION));
    static final AsUser STRANGER = AsUser.lead(STRANGER_REGION);

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION, NEIGHBOUR_REGION, STRANGER_REGION);
        TestRegions.neighbours(administration, REGION, NEIGHBOUR_REGION);
    }

    @Autowired
    FindingService findings;

    @Autowired
    RegisterService register;

    static FindingDraft draft(String title, boolean published, Visibility visibility) {
        return new FindingDraft(
                title,
                "Eerste versie van de tekst.",
                Theme.AANTREKKEN,
                SubTheme.WERVEN,
                FindingKind.OVERLEG,
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28),
                Set.of(Sector.VO),
                List.of("e019"),
                List.of(),
                published,
                visibility);
    }

    static FindingDraft with(FindingDraft d, String body, boolean published, Visibility visibility) {
        return new FindingDraft(
                d.title(),
                body,
                d.theme(),
                d.subTheme(),
                d.kind(),
                d.observedFrom(),
                d.observedUntil(),
                d.sectors(),
                d.catalogueEntryIds(),
                d.registerEntryIds(),
                published,
                visibility);
    }

    @Test
    void a_draft_is_changed_by_anyone_of_the_region_a_published_finding_only_by_its_author_or_the_lead() {
        FindingDraft d = draft("Concept door member", false, Visibility.OWN);
        Finding draft = MEMBER.call(REGION, () -> findings.create(d));
        Finding changed = OTHER_MEMBER.call(
                REGION,
                () -> findings.update(
                        draft.id(),
                        draft.revision(),
                        with(d, "Aangevuld door een collega.", true, Visibility.NEIGHBOURS)));
        assertThat(changed.published()).isTrue();
        assertThat(changed.revision()).isEqualTo(2);

        assertThatThrownBy(() -> OTHER_MEMBER.run(
                        REGION,
                        () -> findings.update(
                                changed.id(),
                                changed.revision(),
                                with(d, "Niet van mij.", true, Visibility.NEIGHBOURS))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("auteur of de regiotrekker");
        Finding byAuthor = MEMBER.call(
                REGION,
                () -> findings.update(
                        changed.id(), changed.revision(), with(d, "Door de auteur.", true, Visibility.NEIGHBOURS)));
        Finding byLead = LEAD.call(
                REGION,
                () -> findings.update(
                        byAuthor.id(), byAuthor.revision(), with(d, "Door de trekker.", true, Visibility.ALL)));
        assertThat(byLead.body()).isEqualTo("Door de trekker.");

        List<FindingVersion> history = LEAD.call(REGION, () -> findings.history(byLead.id()));
        assertThat(history)
                .extracting(FindingVersion::body)
                .containsExactly("Door de auteur.", "Aangevuld door een collega.", "Eerste versie van de tekst.");
        assertThat(history.getFirst().summary().dutch()).contains("tekst", "zichtbaarheid");
        assertThat(history.getFirst().summary().text(java.util.Locale.ENGLISH))
                .as("the history in the reader's language")
                .startsWith("Changed: ")
                .contains("text", "visibility: ");
        assertThatThrownBy(() -> NEIGHBOUR.run(NEIGHBOUR_REGION, () -> findings.history(byLead.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_stale_change_overwrites_nothing() {
        Finding f = LEAD.call(REGION, () -> findings.create(draft("Tegelijk bewerkt", false, Visibility.OWN)));
        LEAD.run(
                REGION,
                () -> findings.update(
                        f.id(),
                        f.revision(),
                        with(
                                draft("Tegelijk bewerkt", false, Visibility.OWN),
                                "Eerst opgeslagen.",
                                false,
                                Visibility.OWN)));
        assertThatThrownBy(() -> LEAD.run(
                        REGION,
                        () -> findings.update(
                                f.id(),
                                f.revision(),
                                with(
                                        draft("Tegelijk bewerkt", false, Visibility.OWN),
                                        "Later.",
                                        false,
                                        Visibility.OWN))))
                .isInstanceOf(FindingConflictException.class);
        assertThat(LEAD.call(REGION, () -> findings.get(f.id())).body()).isEqualTo("Eerst opgeslagen.");
    }

    @Test
    void invalid_input_is_refused_in_dutch() {
        FindingDraft bad = new FindingDraft(
                " ",
                "",
                Theme.AANTREKKEN,
                SubTheme.VERZUIM_WERKGELUK,
                null,
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1),
                Set.of(),
                List.of(),
                List.of(),
                false,
                Visibility.OWN);
        assertThatThrownBy(() -> MEMBER.run(REGION, () -> findings.create(bad)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Geef de bevinding een titel.")
                .hasMessageContaining("Kies een thema en subthema uit de lijst.")
                .hasMessageContaining("Kies hoe de bevinding is verzameld.")
                .hasMessageContaining("Het einde van de periode kan niet voor het begin liggen.");
    }

    @Test
    void links_point_to_catalogue_entries_and_to_the_own_register_only() {
        long ownEntry = LEAD.call(
                REGION,
                () -> register.create(registerDraft("Eigen registerregel")).id());
        long foreignEntry = STRANGER.call(
                STRANGER_REGION,
                () -> register.create(registerDraft("Van een ander")).id());
        FindingDraft base = draft("Met koppelingen", true, Visibility.NEIGHBOURS);
        FindingDraft linked = new FindingDraft(
                base.title(),
                base.body(),
                base.theme(),
                base.subTheme(),
                base.kind(),
                base.observedFrom(),
                null,
                base.sectors(),
                List.of("e019", "e041"),
                List.of(ownEntry),
                true,
                Visibility.NEIGHBOURS);
        Finding f = LEAD.call(REGION, () -> findings.create(linked));
        LinkedSources own = LEAD.call(REGION, () -> findings.linkedSources(f.id()));
        assertThat(own.catalogue()).containsOnlyKeys("e019", "e041");
        assertThat(own.register()).containsOnlyKeys(ownEntry);
        LinkedSources theirs = NEIGHBOUR.call(NEIGHBOUR_REGION, () -> findings.linkedSources(f.id()));
        assertThat(theirs.catalogue())
                .as("a neighbour sees the catalogue sources")
                .containsOnlyKeys("e019", "e041");
        assertThat(theirs.register())
                .as("a neighbour never sees the register behind a finding")
                .isEmpty();

        FindingDraft foreign = new FindingDraft(
                "Vreemde koppeling",
                "",
                Theme.AANTREKKEN,
                null,
                FindingKind.OVERIG,
                LocalDate.of(2026, 1, 1),
                null,
                Set.of(),
                List.of(),
                List.of(foreignEntry),
                false,
                Visibility.OWN);
        assertThatThrownBy(() -> LEAD.run(REGION, () -> findings.create(foreign)))
                .isInstanceOf(FindingRuleException.class)
                .hasMessageContaining("eigen register");
        FindingDraft unknown = new FindingDraft(
                "Onbekende bron",
                "",
                Theme.AANTREKKEN,
                null,
                FindingKind.OVERIG,
                LocalDate.of(2026, 1, 1),
                null,
                Set.of(),
                List.of("bestaat-niet"),
                List.of(),
                false,
                Visibility.OWN);
        assertThatThrownBy(() -> LEAD.run(REGION, () -> findings.create(unknown)))
                .isInstanceOf(FindingRuleException.class)
                .hasMessageContaining("catalogusbron");
    }

    @Test
    void setting_a_finding_back_to_the_own_region_hides_it_and_its_comments_at_once() {
        Finding f = LEAD.call(REGION, () -> findings.create(draft("Even gedeeld", true, Visibility.NEIGHBOURS)));
        NEIGHBOUR.run(NEIGHBOUR_REGION, () -> findings.comment(f.id(), "Gezien!"));
        assertThat(NEIGHBOUR.call(NEIGHBOUR_REGION, () -> findings.comments(f.id())))
                .hasSize(1);
        assertThat(NEIGHBOUR.call(NEIGHBOUR_REGION, () -> findings.page(FindingScope.FEED, FindingFilter.NONE, 0, 200)))
                .as("shared, it is in the neighbour's feed")
                .anyMatch(x -> x.id() == f.id());

        Finding current = LEAD.call(REGION, () -> findings.get(f.id()));
        LEAD.run(
                REGION,
                () -> findings.update(
                        f.id(),
                        current.revision(),
                        with(FindingDraft.of(current), current.body(), true, Visibility.OWN)));
        assertThatThrownBy(() -> NEIGHBOUR.run(NEIGHBOUR_REGION, () -> findings.get(f.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> NEIGHBOUR.run(NEIGHBOUR_REGION, () -> findings.comments(f.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(NEIGHBOUR.call(NEIGHBOUR_REGION, () -> findings.page(FindingScope.FEED, FindingFilter.NONE, 0, 200)))
                .noneMatch(x -> x.id() == f.id());
        assertThat(LEAD.call(REGION, () -> findings.comments(f.id()))).hasSize(1);
    }

    @Test
    void the_own_region_hides_a_comment_from_everyone_else_and_can_show_it_again() {
        Finding f = LEAD.call(REGION, () -> findings.create(draft("Met reacties", true, Visibility.NEIGHBOURS)));
        FindingComment c = NEIGHBOUR.call(NEIGHBOUR_REGION, () -> findings.comment(f.id(), "Ongepaste reactie"));
        assertThat(NEIGHBOUR.call(NEIGHBOUR_REGION, () -> findings.comments(f.id())))
                .as("shown before hiding")
                .hasSize(1);
        assertThatThrownBy(() -> NEIGHBOUR.run(NEIGHBOUR_REGION, () -> findings.hideComment(f.id(), c.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        MEMBER.run(REGION, () -> findings.hideComment(f.id(), c.id(), true));
        assertThat(NEIGHBOUR.call(NEIGHBOUR_REGION, () -> findings.comments(f.id())))
                .isEmpty();
        assertThat(LEAD.call(REGION, () -> findings.comments(f.id())))
                .singleElement()
                .extracting(FindingComment::hidden)
                .isEqualTo(true);
        assertThat(LEAD.call(REGION, () -> findings.get(f.id())).commentCount()).isZero();
        MEMBER.run(REGION, () -> findings.hideComment(f.id(), c.id(), false));
        assertThat(NEIGHBOUR.call(NEIGHBOUR_REGION, () -> findings.comments(f.id())))
                .hasSize(1);
    }

    @Test
    void empty_comments_and_comments_on_drafts_are_refused() {
        Finding draft = LEAD.call(REGION, () -> findings.create(draft("Nog concept", false, Visibility.NEIGHBOURS)));
        assertThatThrownBy(() -> MEMBER.run(REGION, () -> findings.comment(draft.id(), "Vroeg")))
                .isInstanceOf(FindingRuleException.class)
                .hasMessageContaining("gepubliceerde");
        assertThatThrownBy(() -> MEMBER.run(REGION, () -> findings.comment(draft.id(), "   ")))
                .isInstanceOf(FindingRuleException.class)
                .hasMessage("Schrijf eerst een reactie.");
    }

    @Test
    void unread_markers_and_notifications_count_what_is_new_for_this_person() {
        AsUser reader = new AsUser("lezer." + NEIGHBOUR_REGION, List.of(Role.REGIO_MEMBER), List.of(NEIGHBOUR_REGION));
        reader.run(NEIGHBOUR_REGION, () -> {
            findings.markFeedRead();
            findings.markNotificationsSeen();
        });
        assertThat(reader.call(NEIGHBOUR_REGION, findings::unreadInFeed)).isZero();
        assertThat(reader.call(NEIGHBOUR_REGION, findings::unreadNotifications)).isZero();

        Finding a =
                LEAD.call(REGION, () -> findings.create(draft("Nieuw voor de buren A", true, Visibility.NEIGHBOURS)));
        LEAD.run(REGION, () -> findings.create(draft("Nieuw voor de buren B", true, Visibility.ALL)));
        LEAD.run(REGION, () -> findings.create(draft("Alleen voor ons", true, Visibility.OWN)));
        LEAD.run(REGION, () -> findings.create(draft("Concept", false, Visibility.NEIGHBOURS)));
        assertThat(reader.call(NEIGHBOUR_REGION, findings::unreadInFeed)).isEqualTo(2);
        assertThat(reader.call(NEIGHBOUR_REGION, findings::unreadNotifications)).isEqualTo(2);
        assertThat(reader.call(NEIGHBOUR_REGION, () -> findings.notifications(10)))
                .filteredOn(Notification::unread)
                .extracting(Notification::findingTitle)
                .containsExactlyInAnyOrder("Nieuw voor de buren A", "Nieuw voor de buren B");

        reader.run(NEIGHBOUR_REGION, () -> findings.markRead(a.id()));
        assertThat(reader.call(NEIGHBOUR_REGION, findings::unreadInFeed)).isEqualTo(1);
        assertThat(reader.call(NEIGHBOUR_REGION, () -> findings.get(a.id())).unread())
                .isFalse();
        reader.run(NEIGHBOUR_REGION, findings::markNotificationsSeen);
        assertThat(reader.call(NEIGHBOUR_REGION, findings::unreadNotifications)).isZero();

        // a comment by someone else on one of veenland's findings is a notification for veenland's people
        Finding own = reader.call(
                NEIGHBOUR_REGION, () -> findings.create(draft("Van veenland", true, Visibility.NEIGHBOURS)));
        reader.run(NEIGHBOUR_REGION, () -> findings.comment(own.id(), "Eigen reactie telt niet"));
        assertThat(reader.call(NEIGHBOUR_REGION, findings::unreadNotifications)).isZero();
        MEMBER.run(REGION, () -> findings.comment(own.id(), "Reactie van de buren"));
        assertThat(reader.call(NEIGHBOUR_REGION, findings::unreadNotifications)).isEqualTo(1);
        assertThat(reader.call(NEIGHBOUR_REGION, () -> findings.notifications(5))
                        .getFirst())
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(Notification.Kind.COMMENT);
                    assertThat(n.findingTitle()).isEqualTo("Van veenland");
                    assertThat(n.unread()).isTrue();
                });
    }

    @Test
    void one_persons_markers_and_seen_time_leave_a_colleagues_untouched() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        AsUser reader = new AsUser("lezer." + suffix, List.of(Role.REGIO_MEMBER), List.of("veenland"));
        AsUser colleague = new AsUser("collega." + suffix, List.of(Role.REGIO_MEMBER), List.of("veenland"));
        for (AsUser person : List.of(reader, colleague)) {
            person.run("veenland", () -> {
                findings.markFeedRead();
                findings.markNotificationsSeen();
            });
        }
        Finding shared = LEAD.call(REGION, () -> findings.create(draft("Voor twee lezers", true, Visibility.ALL)));
        assertThat(colleague.call("veenland", findings::unreadInFeed)).isEqualTo(1);

        reader.run("veenland", () -> {
            findings.markRead(shared.id());
            findings.markNotificationsSeen();
        });
        assertThat(reader.call("veenland", findings::unreadInFeed)).isZero();
        assertThat(reader.call("veenland", findings::unreadNotifications)).isZero();
        assertThat(colleague.call("veenland", () -> findings.get(shared.id())).unread())
                .isTrue();
        assertThat(colleague.call("veenland", findings::unreadInFeed)).isEqualTo(1);
        assertThat(colleague.call("veenland", findings::unreadNotifications)).isEqualTo(1);
    }

    @Test
    void dutch_full_text_search_finds_inflected_words_among_readable_findings_only() {
        FindingDraft d = draft("Leerkrachten vertrekken", true, Visibility.NEIGHBOURS);
        LEAD.run(
                REGION,
                () -> findings.create(
                        with(d, "Veel leraren vertrokken naar het bedrijfsleven.", true, Visibility.NEIGHBOURS)));
        LEAD.run(
                REGION,
                () -> findings.create(with(
                        draft("Geheim", true, Visibility.OWN), "Ook hier vertrekt een leraar.", true, Visibility.OWN)));
        LEAD.run(
                REGION,
                () -> findings.create(with(
                        draft("Leraren vertrekken overal", true, Visibility.ALL),
                        "Ook elders vertrekken leraren.",
                        true,
                        Visibility.ALL)));
        List<Finding> hits = NEIGHBOUR.call(
                NEIGHBOUR_REGION,
                () -> findings.page(FindingScope.VISIBLE, FindingFilter.text("leraar vertrekken"), 0, 50));
        assertThat(hits)
                .extracting(Finding::title)
                .contains("Leerkrachten vertrekken")
                .doesNotContain("Geheim");
        assertThat(STRANGER.call(
                        STRANGER_REGION,
                        () -> findings.page(FindingScope.VISIBLE, FindingFilter.text("leraar vertrekken"), 0, 50)))
                .extracting(Finding::title)
                .as("the stranger finds what is shared with all, and nothing else")
                .contains("Leraren vertrekken overal")
                .doesNotContain("Leerkrachten vertrekken", "Geheim");
    }

    @Test
    void only_members_of_the_region_write_and_national_staff_cannot_use_the_region_service() {
        assertThatThrownBy(() -> STRANGER.run(REGION, () -> findings.create(draft("Indringer", false, Visibility.OWN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.withRole(Role.NATIONAL)
                        .run(null, () -> findings.page(FindingScope.OWN, FindingFilter.NONE, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deleting_is_for_the_author_or_the_lead_and_removes_it_for_everyone() {
        Finding f = MEMBER.call(REGION, () -> findings.create(draft("Weg ermee", true, Visibility.NEIGHBOURS)));
        assertThatThrownBy(() -> OTHER_MEMBER.run(REGION, () -> findings.delete(f.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> NEIGHBOUR.run(NEIGHBOUR_REGION, () -> findings.delete(f.id())))
                .isInstanceOf(AccessDeniedException.class);
        LEAD.run(REGION, () -> findings.delete(f.id()));
        assertThatThrownBy(() -> NEIGHBOUR.run(NEIGHBOUR_REGION, () -> findings.get(f.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> LEAD.run(REGION, () -> findings.get(f.id())))
                .isInstanceOf(NoSuchElementException.class);
    }

    static RegisterDraft registerDraft(String what) {
        return new RegisterDraft(
                "e019",
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
                null,
                null,
                null,
                null);
    }
}
