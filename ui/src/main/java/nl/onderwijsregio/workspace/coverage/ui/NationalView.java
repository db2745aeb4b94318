package nl.onderwijsregio.workspace.coverage.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;
import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.function.BiFunction;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;

/**
 * The national overview in six parts, one tab each; the chosen part lives in the address ({@code ?deel=bronnen}),
 * so the browser's back button and a shared link open the same part.
 */
@Route("landelijk")
@RolesAllowed({NATIONAL, PLATFORM_ADMIN})
public class NationalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PART = "deel";

    /** The parts, by their name in the address. */
    enum Part {
        DEKKING(CoverageMatrix::new),
        BRONNEN(SourcesSection::new),
        GATEN(GapsSection::new),
        PRIORITEITEN(PrioritiesSection::new),
        BEVINDINGEN(FindingsSection::new),
        TREND(TrendSection::new);

        private final BiFunction<CoverageService, CoverageExports, Component> create;

        Part(BiFunction<CoverageService, CoverageExports, Component> create) {
            this.create = create;
        }

        String key() {
            return name().toLowerCase();
        }

        static Part of(String key) {
            return Arrays.stream(values())
                    .filter(p -> p.key().equals(key))
                    .findFirst()
                    .orElse(DEKKING);
        }
    }

    private final CoverageService coverage;
    private final CoverageExports exports;
    private final Tabs tabs = new Tabs();
    private final Div content = new Div();
    private boolean entering;

    public NationalView(CoverageService coverage, CoverageExports exports) {
        this.coverage = coverage;
        this.exports = exports;
        addClassName("page");
        addClassName("national");
        for (Part part : Part.values()) {
            Tab tab = new Tab(getTranslation("national.tab." + part.key()));
            tab.setId("tab-" + part.key());
            tabs.add(tab);
        }
        tabs.getElement().setAttribute("aria-label", getTranslation("section.national"));
        tabs.addSelectedChangeListener(e -> {
            if (!entering) {
                UI.getCurrent()
                        .navigate(
                                NationalView.class,
                                QueryParameters.of(PART, Part.values()[tabs.getSelectedIndex()].key()));
            }
        });
        content.addClassName("national-part");
        content.getElement().setAttribute("role", "tabpanel");
        content.setWidthFull();
        add(new H1(getTranslation("section.national")), new Paragraph(getTranslation("national.intro")), tabs, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Part part = Part.of(event.getLocation()
                .getQueryParameters()
                .getSingleParameter(PART)
                .orElse(""));
        entering = true;
        tabs.setSelectedIndex(part.ordinal());
        entering = false;
        content.getElement().setAttribute("aria-labelledby", "tab-" + part.key());
        content.removeAll();
        content.add(part.create.apply(coverage, exports));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.national") + " · " + getTranslation("product.short");
    }
}
