package nl.onderwijsregio.workspace.priorities.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.priorities.PriorityExport;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.shell.DownloadLink;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.jspecify.annotations.Nullable;

/**
 * The priorities of the own region beside those of other regions (by default its neighbours): the overlap scores,
 * the theme × region matrix, the ranked lists side by side and a chart per ABC theme, with CSV and PDF exports. The
 * chosen regions live in the address ({@code ?regio=a&regio=b}), so a comparison can be shared.
 */
@Route("prioriteiten/vergelijken")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER, NATIONAL})
public class ComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "regio";
    private final PriorityService priorities;
    private final PriorityExport export;
    private final RegionService regions;
    private final @Nullable String own;
    private final MultiSelectComboBox<Region> chosen = new MultiSelectComboBox<>();
    private final Div result = new Div();
    private boolean navigating;

    public ComparisonView(
            PriorityService priorities, PriorityExport export, RegionService regions, RegionAccess access) {
        this.priorities = priorities;
        this.export = export;
        this.regions = regions;
        this.own = access.member() ? ActiveRegion.current().orElse(null) : null;
        addClassName("page");
        chosen.setLabel(getTranslation("priorities.compare.regions"));
        chosen.setHelperText(getTranslation(
                own != null ? "priorities.compare.regions.help" : "priorities.compare.regions.help.national"));
        chosen.setId("compare-regions");
        chosen.setItems(regions.activeRegions());
        chosen.setItemLabelGenerator(Region::name);
        chosen.setWidth("min(40rem, 100%)");
        chosen.addValueChangeListener(e -> {
            if (!navigating) {
                show(e.getValue(), true);
            }
        });
        result.setWidthFull();
        add(new H1(getTranslation("priorities.compare.title")));
        if (own != null) {
            // national staff have no region, so no list of their own to go to
            add(PriorityTabs.of(ComparisonView.class));
        }
        add(
                new Paragraph(
                        getTranslation(own != null ? "priorities.compare.intro" : "priorities.compare.intro.national")),
                chosen,
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER, List.of());
        List<String> ids = !asked.isEmpty() ? asked : own != null ? priorities.defaultComparison() : List.of();
        Set<Region> selection = new java.util.LinkedHashSet<>();
        List<Region> found = regions.find(ids); // one query, then in the order asked
        ids.forEach(
                id -> found.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(selection::add));
        navigating = true;
        chosen.setValue(selection);
        navigating = false;
        show(selection, false);
    }

    private void show(Set<Region> selection, boolean updateAddress) {
        List<String> ids = selection.stream()
                .sorted(Comparator.comparing((Region r) -> !r.id().equals(own)).thenComparing(Region::name))
                .map(Region::id)
                .toList();
        if (updateAddress) {
            String path = RouteConfiguration.forSessionScope().getUrl(ComparisonView.class);
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            new com.vaadin.flow.router.Location(path, new QueryParameters(Map.of(PARAMETER, ids)))));
        }
        result.removeAll();
        if (ids.isEmpty()) {
            result.add(new Paragraph(getTranslation("priorities.compare.empty")));
            return;
        }
        Comparison comparison = priorities.compare(ids);
        if (!comparison.similarities().isEmpty()) {
            Paragraph help = new Paragraph(getTranslation("priorities.similarity.help"));
            help.addClassName("help");
            result.add(new H2(getTranslation("priorities.similarity.title")), help, new SimilarityList(comparison));
        }
        Paragraph legend = new Paragraph(getTranslation(
                comparison.ownRegionId() == null ? "priorities.matrix.legend.national" : "priorities.matrix.legend"));
        legend.addClassName("help");
        result.add(
                new H2(getTranslation("priorities.matrix.title")),
                legend,
                new ThemeMatrix(comparison),
                new H2(getTranslation("priorities.compare.columns")),
                new SideBySide(comparison),
                new H2(getTranslation("priorities.chart.title")),
                new ThemeChart(comparison),
                exports(comparison));
    }

    private Div exports(Comparison comparison) {
        Div exports = new Div(
                download(
                        "priorities.export.csv",
                        "prioriteiten-vergelijking.csv",
                        "text/csv",
                        () -> export.csv(comparison)),
                download(
                        "priorities.export.pdf",
                        "prioriteiten-vergelijking.pdf",
                        "application/pdf",
                        () -> export.pdf(comparison)));
        exports.addClassName("register-actions");
        return exports;
    }

    private Anchor download(String key, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = DownloadLink.of(getTranslation(key), fileName, type, content);
        anchor.setId(fileName.endsWith(".pdf") ? "export-pdf" : "export-csv");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("priorities.compare.title") + " · " + getTranslation("product.short");
    }
}
