package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.regions.NeighbourPair;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;

/** Beheer: the list of regions and neighbour pairs kept by the Realisatie-Eenheid. */
@Route("beheer")
public class RegionAdminView extends VerticalLayout implements HasDynamicTitle {

    public RegionAdminView(RegionService regions) {
        addClassName("page");
        add(new H1(getTranslation("section.admin")), new Paragraph(getTranslation("admin.intro")));

        Grid<Region> regionGrid = new Grid<>();
        regionGrid.addColumn(Region::id).setHeader(getTranslation("region.id")).setSortable(true);
        regionGrid.addColumn(Region::name).setHeader(getTranslation("region.name")).setSortable(true);
        regionGrid.addColumn(r -> getTranslation("region.kind." + r.kind().name()))
                .setHeader(getTranslation("region.kind")).setSortable(true);
        regionGrid.addColumn(r -> getTranslation(r.active() ? "region.active" : "region.inactive"))
                .setHeader(getTranslation("region.status"));
        regionGrid.setItems(regions.allRegions());
        regionGrid.setAllRowsVisible(true);
        regionGrid.setAriaLabel(getTranslation("admin.regions"));

        Map<String, String> names = regions.allRegions().stream()
                .collect(Collectors.toMap(Region::id, Region::name));
        Function<String, String> name = id -> names.getOrDefault(id, id);
        Grid<NeighbourPair> pairGrid = new Grid<>();
        pairGrid.addColumn(p -> name.apply(p.first())).setHeader(getTranslation("admin.pair.first"));
        pairGrid.addColumn(p -> name.apply(p.second())).setHeader(getTranslation("admin.pair.second"));
        pairGrid.setItems(regions.neighbourPairs());
        pairGrid.setAllRowsVisible(true);
        pairGrid.setAriaLabel(getTranslation("admin.neighbours"));

        add(new H2(getTranslation("admin.regions")), regionGrid, new H2(getTranslation("admin.neighbours")), pairGrid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.admin") + " · " + getTranslation("product.short");
    }
}
