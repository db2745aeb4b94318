package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.DataPartner;

/** The data partners of the Handreiking, each leading to its entries in the catalogue. */
@Route("catalogus/partners")
@PermitAll
public class PartnersView extends VerticalLayout implements HasDynamicTitle {

    public PartnersView(CatalogueService catalogue) {
        addClassName("page");
        add(new H1(getTranslation("catalogue.partners")), new Paragraph(getTranslation("catalogue.partners.intro")),
                new Anchor("catalogus", getTranslation("catalogue.back")));
        Grid<DataPartner> grid = new Grid<>();
        grid.addComponentColumn(p -> new Anchor("catalogus?partner=" + p.id(), p.name()))
                .setHeader(getTranslation("catalogue.partner.name")).setComparator(DataPartner::name)
                .setFlexGrow(1);
        grid.addColumn(DataPartner::description).setHeader(getTranslation("catalogue.partner.description"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation("catalogue.access." + p.access()))
                .setHeader(getTranslation("catalogue.facet.ACCESS")).setSortable(true);
        grid.addColumn(DataPartner::breakdown).setHeader(getTranslation("catalogue.partner.breakdown")).setFlexGrow(2);
        grid.addColumn(DataPartner::entryCount).setHeader(getTranslation("catalogue.partner.entries"))
                .setSortable(true);
        grid.setItems(catalogue.partners());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("catalogue.partners"));
        grid.addClassName("wrap-cells");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.partners") + " · " + getTranslation("product.short");
    }
}
