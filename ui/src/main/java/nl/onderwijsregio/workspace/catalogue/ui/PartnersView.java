package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import nl.onderwijsregio.workspace.catalogue.PartnerMaintenance;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;

/** The data partners of the Handreiking, each leading to its entries in the catalogue. Public, like the catalogue. */
@Route("catalogus/partners")
@AnonymousAllowed
public class PartnersView extends VerticalLayout implements HasDynamicTitle {

    public PartnersView(CatalogueService catalogue, PartnerMaintenance maintenance, CurrentUser currentUser) {
        addClassName("page");
        add(
                new H1(getTranslation("catalogue.partners")),
                new Paragraph(getTranslation("catalogue.partners.intro")),
                new Anchor("catalogus", getTranslation("catalogue.back")));
        Grid<DataPartner> grid = new Grid<>();
        grid.addComponentColumn(p -> new Anchor("catalogus?partner=" + p.id(), p.name()))
                .setHeader(getTranslation("catalogue.partner.name"))
                .setComparator(DataPartner::name)
                .setFlexGrow(1);
        grid.addColumn(DataPartner::description)
                .setHeader(getTranslation("catalogue.partner.description"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation("catalogue.access." + p.access()))
                .setHeader(getTranslation("catalogue.facet.ACCESS"))
                .setSortable(true);
        grid.addColumn(DataPartner::breakdown)
                .setHeader(getTranslation("catalogue.partner.breakdown"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.retired() ? getTranslation("catalogue.retired") : "")
                .setHeader(getTranslation("region.status"))
                .setAutoWidth(true);
        grid.addColumn(DataPartner::entryCount)
                .setHeader(getTranslation("catalogue.partner.entries"))
                .setSortable(true);
        if (currentUser.get().map(u -> u.has(Role.CATALOGUE_ADMIN)).orElse(false)) {
            grid.addComponentColumn(p -> {
                        Button edit = new Button(
                                getTranslation("catalogue.edit"),
                                e -> new PartnerEditor(maintenance, p, () -> grid.setItems(catalogue.partners()))
                                        .open());
                        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        edit.setId("edit-partner-" + p.id());
                        Button retire = new Button(
                                getTranslation(p.retired() ? "catalogue.reinstate" : "catalogue.retire"), e -> {
                                    maintenance.setRetired(p.id(), !p.retired());
                                    grid.setItems(catalogue.partners());
                                });
                        retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        return new HorizontalLayout(edit, retire);
                    })
                    .setHeader(getTranslation("admin.actions"))
                    .setAutoWidth(true);
        }
        grid.setItems(catalogue.partners());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("catalogue.partners"));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.partners") + " · " + getTranslation("product.short");
    }
}
