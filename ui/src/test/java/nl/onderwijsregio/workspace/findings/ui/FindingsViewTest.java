package nl.onderwijsregio.workspace.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.NotFoundView;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The findings screens: write and share, read in the feed and react, and nothing for regions it is not shared with. */
class FindingsViewTest extends BrowserlessUiTest {

    // this test's own regions: the author region borders the neighbour, not the stranger
    static final String AUTHOR = TestRegions.id("noordkust");
    static final String NEIGHBOUR = TestRegions.id("veenland");
    static final String STRANGER = TestRegions.id("stedenband");

    @Autowired
    FindingService findings;

    @Autowired
    RegionAdministration administration;

    @Autowired
    Tenancy tenancy;

    @Autowired
    DSLContext db;

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, AUTHOR, NEIGHBOUR, STRANGER);
        TestRegions.neighbours(administration, AUTHOR, NEIGHBOUR);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_lead_writes_a_finding_with_dutch_validation_and_shares_it_with_the_neighbours() {
        inTab(AsUser.lead(AUTHOR), AUTHOR, () -> {
            navigate(FindingsView.class);
            test(find(Button.class).id("new-finding")).click();
            test(find(Button.class).id("save-finding")).click();
            TextField title = find(TextField.class).id("finding-title");
            java.util.List<String> order = new java.util.ArrayList<>();
            inOrder(find(FindingForm.class).single(), order);
            assertThat(order.indexOf("finding-title"))
                    .as("Titel comes before Tekst in the form")
                    .isNotNegative()
                    .isLessThan(order.indexOf("finding-body"));
            assertThat(title.isInvalid()).isTrue();
            assertThat(title.getErrorMessage()).isEqualTo("Geef de bevinding een titel.");

            test(title).setValue("Schoolleiders zoeken zij-instromers (scherm)");
            test(find(TextArea.class).id("finding-body")).setValue("Uit **drie** gesprekken.\n\n<script>x</script>");
            ((ComboBox<Theme>) find(ComboBox.class).id("finding-theme")).setValue(Theme.AANTREKKEN);
            ((ComboBox<SubTheme>) find(ComboBox.class).id("finding-sub-theme")).setValue(SubTheme.WERVEN);
            ((ComboBox<FindingKind>) find(ComboBox.class).id("finding-kind")).setValue(FindingKind.INTERVIEW);
            ((RadioButtonGroup<Boolean>) find(RadioButtonGroup.class).id("finding-published")).setValue(true);
            ((RadioButtonGroup<Visibility>) find(RadioButtonGroup.class).id("finding-visibility"))
                    .setValue(Visibility.NEIGHBOURS);
            test(find(Button.class).id("save-finding")).click();

            assertThat(find(H1.class).id("finding-heading").getText())
                    .isEqualTo("Schoolleiders zoeken zij-instromers (scherm)");
            String html = find(Div.class).id("finding-body-html").getElement().getProperty("innerHTML");
            assertThat(html).contains("<strong>drie</strong>").doesNotContain("<script");
        });
    }

    @Test
    void a_neighbour_finds_it_in_the_feed_and_reacts_and_a_non_neighbour_gets_not_found() {
        Finding shared = AsUser.lead(AUTHOR)
                .call(AUTHOR, () -> findings.create(draft("Gedeeld met de buren (scherm)", Visibility.NEIGHBOURS)));
        AsUser.lead(AUTHOR)
                .run(AUTHOR, () -> findings.create(draft("Gedeeld met alle regio's (scherm)", Visibility.ALL)));
        inTab(AsUser.lead(NEIGHBOUR), NEIGHBOUR, () -> {
            UI.getCurrent().navigate(FindingsView.class, QueryParameters.of(FindingsView.VIEW, "gedeeld"));
            assertThat(find(RouterLink.class)
                            .withText("Gedeeld met de buren (scherm)")
                            .exists())
                    .isTrue();

            navigate("bevindingen/" + shared.id(), FindingView.class);
            test(find(TextArea.class).id("comment-text")).setValue("Herkenbaar, laten we samen optrekken.");
            test(find(Button.class).id("send-comment")).click();
            assertThat(find(Paragraph.class)
                            .withText("Herkenbaar, laten we samen optrekken.")
                            .exists())
                    .isTrue();
            assertThat(find(Button.class).withId("edit-finding").exists())
                    .as("a neighbour cannot edit")
                    .isFalse();
            assertThat(findings.get(shared.id()).unread())
                    .as("opening marks it read")
                    .isFalse();
        });
        inTab(AsUser.lead(STRANGER), STRANGER, () -> {
            UI.getCurrent().navigate(FindingsView.class, QueryParameters.of(FindingsView.VIEW, "alles"));
            assertThat(find(RouterLink.class)
                            .withText("Gedeeld met alle regio's (scherm)")
                            .exists())
                    .as("the list shows what is shared with all")
                    .isTrue();
            assertThat(find(RouterLink.class)
                            .withText("Gedeeld met de buren (scherm)")
                            .exists())
                    .isFalse();
            navigate("bevindingen/" + shared.id(), NotFoundView.class);
        });
    }

    @Test
    void national_staff_see_only_what_is_shared_with_all() {
        inTab(AsUser.lead(STRANGER), STRANGER, () -> {
            findings.create(draft("Voor iedereen (scherm)", Visibility.ALL));
            findings.create(draft("Alleen de buren (scherm)", Visibility.NEIGHBOURS));
        });
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            navigate(FindingsView.class);
            assertThat(find(RouterLink.class).withText("Voor iedereen (scherm)").exists())
                    .isTrue();
            assertThat(find(RouterLink.class)
                            .withText("Alleen de buren (scherm)")
                            .exists())
                    .isFalse();
            assertThat(find(Button.class).withId("new-finding").exists()).isFalse();
        });
    }

    @Test
    void the_own_list_shows_an_empty_state_when_a_search_finds_nothing() {
        inTab(AsUser.member(AUTHOR), AUTHOR, () -> {
            navigate(FindingsView.class);
            TextField search = find(TextField.class).id("finding-search");
            assertThat(search.getPlaceholder())
                    .as("a placeholder that fits the search field (about 16 characters)")
                    .hasSizeLessThanOrEqualTo(16);
            assertThat(search.getTooltip().getText()).isEqualTo("Woorden uit titel of tekst");
            test(search).setValue("qqqxyzzy");
            assertThat(find(Paragraph.class)
                            .withText("Geen bevindingen gevonden. Probeer andere woorden of minder " + "filters.")
                            .exists())
                    .isTrue();
        });
    }

    @Test
    void a_search_with_more_than_a_hundred_hits_says_so_and_pages_on() {
        String region = TestRegions.id("veelgevonden");
        TestRegions.create(administration, region);
        String word = "overvloedwoord";
        // 104 drafts of the region's own with the word, copied from one in a single statement
        AsUser.lead(region).run(region, () -> {
            Finding first = findings.create(draft("Bevinding over " + word, Visibility.OWN));
            tenancy.inRegion(region, () -> db.execute("""
                            insert into finding (title, body, theme, sub_theme, kind, observed_from, published,
                                                 visibility, created_by, created_by_name, updated_by)
                            select title || ' ' || g, body, theme, sub_theme, kind, observed_from, published,
                                   visibility, created_by, created_by_name, updated_by
                              from finding, generate_series(1, 103) g
                             where id = ?""", first.id()));
        });
        inTab(AsUser.member(region), region, () -> {
            navigate(FindingsView.class);
            test(find(TextField.class).id("finding-search")).setValue(word);
            assertThat(find(Span.class).withText("Meer dan 100 bevindingen").exists())
                    .as("the count stops at 100 and says there are more")
                    .isTrue();
            Button more = find(Button.class).withText("Meer tonen").single();
            assertThat(more.isVisible()).isTrue();
            int cards = find(FindingCard.class).all().size();
            test(more).click();
            assertThat(find(FindingCard.class).all()).hasSize(cards * 2);
        });
        inTab(AsUser.member(region), region, () -> {
            UI.getCurrent().setLocale(nl.onderwijsregio.workspace.shell.Translations.ENGLISH);
            navigate(FindingsView.class);
            test(find(TextField.class).id("finding-search")).setValue(word + " 100");
            assertThat(find(Span.class).withText("1 finding").exists())
                    .as("a search that finds few counts them exactly")
                    .isTrue();
        });
    }

    static FindingDraft draft(String title, Visibility visibility) {
        return new FindingDraft(
                title,
                "Tekst",
                Theme.BEHOUDEN,
                SubTheme.BEGELEIDEN,
                FindingKind.SCHOOLBEZOEK,
                LocalDate.of(2026, 4, 1),
                null,
                Set.of(),
                List.of(),
                List.of(),
                true,
                visibility);
    }

    /** The ids of {@code parent}'s descendants in document order. */
    private static void inOrder(com.vaadin.flow.component.Component parent, java.util.List<String> ids) {
        parent.getChildren().forEach(child -> {
            child.getId().ifPresent(ids::add);
            inOrder(child, ids);
        });
    }
}
