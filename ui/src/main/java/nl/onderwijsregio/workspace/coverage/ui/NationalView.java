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
import nl.onderwijsregio.workspace.analysis.NationalAnalyses;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.regions.RegionAreaService;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.shell.TabBars;
import org.jspecify.annotations.Nullable;

/**
 * The national overview in eight parts, one tab each; the chosen part lives in the address ({@code ?deel=bronnen}),
 * so the browser's back button and a shared link open the same part.
 */
@Route("landelijk")
@RolesAllowed({NATIONAL, PLATFORM_ADMIN})
public class NationalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PART = "deel";

    /** The parts, by their name in the address. */
    enum Part {
        DEKKING((c, e, n) -> new CoverageMatrix(c, e)),
        BRONNEN((c, e, n) -> new SourcesSection(c, e)),
        GATEN((c, e, n) -> new GapsSection(c, e)),
        PRIORITEITEN((c, e, n) -> new PrioritiesSection(c, e)),
        BEVINDINGEN((c, e, n) -> new FindingsSection(c, e)),
        TREND((c, e, n) -> new TrendSection(c, e)),
        ANALYSES(AnalysesSection::new),
        /** Made in {@link #beforeEnter}: it reads the areas and its own address parameters. */
        KAART(null);

        private final @Nullable Factory create;

        Part(@Nullable Factory create) {
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

    /** Makes a part from the services it reads. */
    @FunctionalInterface
    interface Factory {
        Component create(CoverageService coverage, CoverageExports exports, NationalAnalyses national);
    }

    private final CoverageService coverage;
    private final CoverageExports exports;
    private final NationalAnalyses national;
    private final RegionAreaService areas;
    private final MunicipalityService municipalities;
    private final RegionService regions;
    private final Tabs tabs = TabBars.fitted(new Tabs());
    private final Div content = new Div();
    private boolean entering;

    public NationalView(
            CoverageService coverage,
            CoverageExports exports,
            NationalAnalyses national,
            RegionAreaService areas,
            MunicipalityService municipalities,
            RegionService regions) {
        this.areas = areas;
        this.municipalities = municipalities;
        this.regions = regions;
        this.coverage = coverage;
        this.exports = exports;
        this.national = national;
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
        QueryParameters query = event.getLocation().getQueryParameters();
        Part part = Part.of(query.getSingleParameter(PART).orElse(""));
        entering = true;
        tabs.setSelectedIndex(part.ordinal());
        entering = false;
        content.getElement().setAttribute("aria-labelledby", "tab-" + part.key());
        content.removeAll();
        content.add(
                part.create == null
                        ? new MapSection(
                                coverage,
                                areas,
                                municipalities,
                                regions,
                                RegionMap.Measure.of(query.getSingleParameter(MapSection.MEASURE)
                                        .orElse(null)),
                                query.getSingleParameter(MapSection.REGION).orElse(null))
                        : part.create.create(coverage, exports, national));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.national") + " · " + getTranslation("product.short");
    }
}
