package nl.onderwijsregio.workspace.regions.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;

/** The neighbouring regions (aanpalende regio's) of the active region. */
@Route("buurregios")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER})
public class NeighboursView extends VerticalLayout implements HasDynamicTitle {

    public NeighboursView(RegionChoice choice, RegionService regions) {
        addClassName("page");
        add(new H1(getTranslation("section.neighbours")));
        Region region = choice.current().orElse(null);
        if (region == null) {
            add(new Paragraph(getTranslation("region.none.chosen")));
            return;
        }
        add(new Paragraph(getTranslation("neighbours.intro", region.name())));
        List<Region> neighbours = regions.neighboursOf(region.id());
        if (neighbours.isEmpty()) {
            add(new Paragraph(getTranslation("home.neighbours.none")));
            return;
        }
        Grid<Region> grid = new Grid<>();
        grid.addColumn(Region::name).setHeader(getTranslation("region.name")).setSortable(true);
        grid.addColumn(r -> getTranslation("region.kind." + r.kind().name())).setHeader(getTranslation("region.kind"));
        grid.setItems(neighbours);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("section.neighbours"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.neighbours") + " · " + getTranslation("product.short");
    }
}
