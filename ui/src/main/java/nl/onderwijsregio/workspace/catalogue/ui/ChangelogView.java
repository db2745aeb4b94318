package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderwijsregio.workspace.catalogue.CatalogueChange;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.shell.Moments;

/** The catalogue's changelog: every change to entries and partners, newest first, open to everyone. */
@Route("catalogus/wijzigingen")
@PermitAll
public class ChangelogView extends VerticalLayout implements HasDynamicTitle {

    public ChangelogView(CatalogueService catalogue) {
        addClassName("page");
        add(
                new H1(getTranslation("catalogue.changelog")),
                new Paragraph(catalogue
                        .release()
                        .map(r -> getTranslation(
                                "catalogue.release",
                                r.title(),
                                r.version(),
                                r.published().toString()))
                        .orElse("")),
                new Anchor("catalogus", getTranslation("catalogue.back")));
        Grid<CatalogueChange> grid = new Grid<>();
        grid.addColumn(c -> Moments.dateTime(c.occurredAt(), getLocale()))
                .setHeader(getTranslation("admin.audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CatalogueChange::actor)
                .setHeader(getTranslation("admin.audit.who"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> c.subject().matches("e\\d+")
                        ? new Anchor("catalogus?bron=" + c.subject(), c.subject())
                        : new com.vaadin.flow.component.html.Span(c.subject()))
                .setHeader(getTranslation("admin.audit.subject"))
                .setAutoWidth(true);
        grid.addColumn(c -> ChangeSummary.of(getTranslation("catalogue.change." + c.action()), c.summary()))
                .setHeader(getTranslation("admin.audit.what"))
                .setFlexGrow(3);
        grid.setItems(catalogue.changelog(200));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("catalogue.changelog"));
        grid.setEmptyStateText(getTranslation("catalogue.history.none"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.changelog") + " · " + getTranslation("product.short");
    }
}
