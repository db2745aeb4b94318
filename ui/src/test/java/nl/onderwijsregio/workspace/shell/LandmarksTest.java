package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import java.util.List;
import nl.onderwijsregio.workspace.regions.ui.HomeView;
import nl.onderwijsregio.workspace.regions.ui.RegionAdminView;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;

/**
 * The shell's landmarks (axe {@code region}, {@code landmark-one-main}): the screen lies in the page's one
 * {@code <main>}, the header in a {@code <header>}, the drawer in an {@code <aside>} that also holds the person and the
 * logout (the header has no room for them on a phone); and no grid column without a header ({@code
 * empty-table-header}).
 */
class LandmarksTest extends BrowserlessUiTest {

    @Test
    void the_screen_is_inside_the_one_main_landmark_and_header_and_drawer_are_landmarks_too() {
        inTab(AsUser.lead("noordkust"), "noordkust", () -> {
            navigate(HomeView.class);
            MainLayout layout = find(MainLayout.class).single();
            List<Main> mains = find(Main.class).all();
            assertThat(mains).hasSize(1);
            Element h1 = find(H1.class).single().getElement();
            assertThat(isInside(h1, mains.getFirst().getElement())).isTrue();
            assertThat(layout.getElement().getChildren().map(Element::getTag)).contains("header", "aside", "main");
            Element aside = layout.getElement()
                    .getChildren()
                    .filter(e -> e.getTag().equals("aside"))
                    .findFirst()
                    .orElseThrow();
            Button logout = find(Button.class).id("drawer-logout");
            assertThat(isInside(logout.getElement(), aside)).isTrue();
            assertThat(logout.getText()).isEqualTo("Uitloggen");
        });
    }

    @Test
    void a_new_screen_replaces_the_old_one_inside_main() {
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            navigate(HomeView.class);
            navigate(RegionAdminView.class);
            UI.getCurrent().refreshCurrentRoute(true);
            Main main = find(Main.class).single();
            assertThat(main.getElement().getChildCount()).isEqualTo(1);
            assertThat(isInside(find(H1.class).single().getElement(), main.getElement()))
                    .isTrue();
        });
    }

    @Test
    @SuppressWarnings("rawtypes")
    void every_column_on_beheer_has_a_header() {
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            navigate(RegionAdminView.class);
            List<Grid> grids = find(Grid.class).all();
            assertThat(grids).isNotEmpty();
            for (Grid<?> grid : grids) {
                for (Grid.Column<?> column : grid.getColumns()) {
                    assertThat(column.getHeaderText())
                            .as("a column of "
                                    + grid.getId().orElse(grid.getAriaLabel().orElse("a grid")))
                            .isNotBlank();
                }
            }
        });
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.getParent()) {
            if (e.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
