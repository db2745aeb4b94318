package nl.onderwijsregio.workspace.priorities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The region's priorities: the lead adds (Dutch validation), moves up and deletes after confirming; members read. */
class PrioritiesViewTest extends BrowserlessUiTest {

    static final String REGION = TestRegions.id("rivierenland");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION);
    }

    @Autowired
    PriorityService priorities;

    @Test
    @SuppressWarnings("unchecked")
    void a_lead_adds_a_priority_with_dutch_validation_moves_it_up_and_deletes_it_after_confirming() {
        inTab(AsUser.lead(REGION), REGION, () -> {
            priorities.create(new PriorityDraft(
                    "Er staat er al een (scherm)",
                    Topic.of(SubTheme.WERVEN),
                    "",
                    List.of(Sector.PO),
                    null,
                    null,
                    null,
                    2026,
                    2027,
                    null,
                    false,
                    List.of()));
            navigate(PrioritiesView.class);
            test(find(Button.class).id("new-priority")).click();
            Select<Integer> start = find(Select.class).id("priority-start-year");
            Select<Integer> end = find(Select.class).id("priority-end-year");
            start.setValue(2028);
            end.setValue(2027);
            test(find(Button.class).id("save-priority")).click();
            TextField title = find(TextField.class).id("priority-title");
            CheckboxGroup<?> sectors = find(CheckboxGroup.class).id("priority-sectors");
            assertThat(title.getErrorMessage()).isEqualTo("Geef de prioriteit een titel.");
            assertThat(sectors.getErrorMessage()).isEqualTo("Kies minstens één sector.");
            assertThat(end.isInvalid()).isTrue();
            assertThat(end.getErrorMessage()).isEqualTo("Het eindjaar kan niet voor het beginjaar liggen.");

            test(title).setValue("Vervanging samen regelen (scherm)");
            ComboBox<Topic> subTheme = find(ComboBox.class).id("priority-sub-theme");
            subTheme.setValue(Topic.of(SubTheme.MATCHEN));
            test(sectors).selectItem("Primair onderwijs (po)");
            end.setValue(2029);
            test(find(Button.class).id("save-priority")).click();
            List<Priority> own = priorities.own();
            Priority added = own.getLast();
            assertThat(added.title()).isEqualTo("Vervanging samen regelen (scherm)");
            assertThat(added.rank()).isEqualTo(own.size());
            assertThat(added.published()).isFalse();
            Grid<Priority> grid = find(Grid.class).single();
            assertThat(test(grid).size()).isEqualTo(own.size());

            assertThat(button(grid, 0, "up-" + own.getFirst().id()).isEnabled())
                    .as("the first one cannot move up")
                    .isFalse();
            assertThat(button(grid, own.size() - 1, "down-" + added.id()).isEnabled())
                    .as("the last one cannot move down")
                    .isFalse();
            button(grid, own.size() - 1, "up-" + added.id()).click();
            assertThat(priorities.priority(added.id()).rank()).isEqualTo(added.rank() - 1);
            assertThat(button(grid, own.size() - 2, "down-" + added.id()).isEnabled())
                    .isTrue();

            button(grid, own.size() - 2, "delete-" + added.id()).click();
            test(find(ConfirmDialog.class).single()).confirm();
            List<Priority> after = priorities.own();
            assertThat(after).extracting(Priority::id).doesNotContain(added.id());
            for (int i = 0; i < after.size(); i++) {
                assertThat(after.get(i).rank()).isEqualTo(i + 1);
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_member_reads_the_ranked_priorities_but_cannot_change_them() {
        AsUser.lead(REGION)
                .run(
                        REGION,
                        () -> priorities.create(new PriorityDraft(
                                "Voor de leden (scherm)",
                                Topic.of(SubTheme.BEGELEIDEN),
                                "",
                                List.of(Sector.VO),
                                null,
                                null,
                                null,
                                2026,
                                2028,
                                null,
                                true,
                                List.of())));
        inTab(AsUser.member(REGION), REGION, () -> {
            navigate(PrioritiesView.class);
            assertThat(find(Button.class).withId("new-priority").exists()).isFalse();
            Grid<Priority> grid = find(Grid.class).single();
            assertThat(test(grid).size()).isPositive();
            assertThat(grid.getColumns()).hasSize(5);
            assertThat(grid.isRowsDraggable()).isFalse();
            assertThat(test(grid).getCellText(0, 0)).isEqualTo("1");
        });
    }

    private Button button(Grid<Priority> grid, int row, String id) {
        Div actions = (Div) test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow();
    }
}
