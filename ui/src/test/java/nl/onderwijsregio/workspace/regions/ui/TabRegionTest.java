package nl.onderwijsregio.workspace.regions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterFilter;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterSort;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The region belongs to the tab: two tabs of one person act for two regions at once, each for its own. */
class TabRegionTest extends BrowserlessUiTest {

    private static final String FIRST = TestRegions.id("eerste-tab");
    private static final String SECOND = TestRegions.id("tweede-tab");
    private static final AsUser MULTI = new AsUser("multi.tabs", List.of(Role.REGIO_MEMBER), List.of(FIRST, SECOND));

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, FIRST, SECOND);
    }

    @Autowired
    RegionChoice choice;

    @Autowired
    RegisterService register;

    @Test
    void switching_in_one_tab_leaves_the_other_tab_and_its_saves_alone() {
        MULTI.run(null, () -> {
            UI first = UI.getCurrent();
            choice.choose(FIRST);
            UI second = new UI();
            try {
                UI.setCurrent(second);
                TabRegion.set(second, SECOND);
                assertThat(ActiveRegion.current()).contains(SECOND);
                RegisterEntry inSecond = register.create(draft("Tweede tabblad (test)"));

                UI.setCurrent(first);
                assertThat(choice.current()).get().extracting(r -> r.id()).isEqualTo(FIRST);
                assertThat(ActiveRegion.current()).contains(FIRST);
                RegisterEntry inFirst = register.create(draft("Eerste tabblad (test)"));
                assertThat(whats()).contains("Eerste tabblad (test)").doesNotContain("Tweede tabblad (test)");
                assertThat(inFirst.id()).isNotEqualTo(inSecond.id());

                UI.setCurrent(second);
                assertThat(whats()).contains("Tweede tabblad (test)").doesNotContain("Eerste tabblad (test)");
            } finally {
                UI.setCurrent(first);
            }
        });
    }

    @Test
    void a_tab_without_a_region_sees_no_region() {
        MULTI.run(null, () -> {
            choice.choose(SECOND);
            assertThat(ActiveRegion.current()).contains(SECOND);
            UI fresh = new UI();
            UI first = UI.getCurrent();
            try {
                UI.setCurrent(fresh);
                assertThat(ActiveRegion.current()).isEmpty();
            } finally {
                UI.setCurrent(first);
            }
        });
    }

    private List<String> whats() {
        return register.page(RegisterFilter.all(), 0, 200, RegisterSort.UPDATED).stream()
                .map(RegisterEntry::what)
                .toList();
    }

    private static RegisterDraft draft(String what) {
        return new RegisterDraft(
                null,
                "Eigen uitvraag",
                what,
                null,
                null,
                HolderKind.BESTUUR,
                "Bestuur",
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
