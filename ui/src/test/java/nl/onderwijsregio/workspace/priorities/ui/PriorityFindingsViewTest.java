package nl.onderwijsregio.workspace.priorities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.priorities.FindingLink;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.team.FormerMembers;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Supporting findings: the form offers the region's findings (drafts marked), the details link to the finding. */
class PriorityFindingsViewTest extends BrowserlessUiTest {

    static final String REGION = TestRegions.id("stedenband");
    static final String OTHER = TestRegions.id("rivierenland");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION, OTHER);
    }

    @Autowired
    PriorityService priorities;

    @Autowired
    FindingService findings;

    private Finding finding(String title, boolean published) {
        return findings.create(new FindingDraft(
                title,
                "",
                Theme.AANTREKKEN,
                SubTheme.MATCHEN,
                FindingKind.OVERLEG,
                LocalDate.of(2026, 3, 1),
                null,
                Set.of(),
                List.of(),
                List.of(),
                published,
                Visibility.OWN));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_form_offers_the_regions_findings_and_the_details_link_to_the_chosen_one() {
        inTab(AsUser.lead(REGION), REGION, () -> {
            Finding open = finding("Invallers gezocht (scherm)", true);
            Finding concept = finding("Nog te bespreken (scherm)", false);
            Finding elsewhere = AsUser.lead(OTHER).call(OTHER, () -> finding("Van Rivierenland (scherm)", true));

            navigate(PrioritiesView.class);
            test(find(Button.class).id("new-priority")).click();
            MultiSelectComboBox<Long> options = find(MultiSelectComboBox.class).id("priority-findings");
            List<Long> offered = options.getListDataView().getItems().toList();
            assertThat(offered).contains(open.id(), concept.id()).doesNotContain(elsewhere.id());
            assertThat(options.getItemLabelGenerator().apply(open.id())).isEqualTo("Invallers gezocht (scherm)");
            assertThat(options.getItemLabelGenerator().apply(concept.id()))
                    .isEqualTo("Nog te bespreken (scherm) (concept)");

            test(find(TextField.class).id("priority-title")).setValue("Invalpool met onderbouwing (scherm)");
            ((ComboBox<Topic>) find(ComboBox.class).id("priority-sub-theme")).setValue(Topic.of(SubTheme.MATCHEN));
            test((CheckboxGroup<?>) find(CheckboxGroup.class).id("priority-sectors"))
                    .selectItem("Primair onderwijs (po)");
            options.setValue(Set.of(open.id()));
            test(find(Button.class).id("save-priority")).click();

            Priority saved = priorities.own().getLast();
            assertThat(saved.title()).isEqualTo("Invalpool met onderbouwing (scherm)");
            assertThat(saved.findingLinks()).extracting(FindingLink::findingId).containsExactly(open.id());

            UI.getCurrent().add(new PriorityDetails(saved, FormerMembers.none()));
            RouterLink link = find(RouterLink.class).id("finding-link-" + open.id());
            assertThat(link.getText()).isEqualTo("Invallers gezocht (scherm)");
            assertThat(link.getHref()).isEqualTo("bevindingen/" + open.id());
        });
    }
}
