package nl.onderwijsregio.workspace.regions.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.regions.AuditEntry;
import nl.onderwijsregio.workspace.regions.MarkedNeighbourPair;
import nl.onderwijsregio.workspace.regions.NeighbourPair;
import nl.onderwijsregio.workspace.regions.NeighbourProposals;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;

/** Beheer for the platform administrator: regions, neighbour pairs and the audit trail of every change. */
@Route("beheer")
@RolesAllowed(PLATFORM_ADMIN)
public class RegionAdminView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regions;
    private final RegionAdministration administration;
    private final Grid<Region> regionGrid = new Grid<>();
    private final Grid<NeighbourPair> pairGrid = new Grid<>();
    private final Grid<AuditEntry> auditGrid = new Grid<>();

    private final NeighbourProposals proposals;
    private Map<String, String> names = Map.of();

    public RegionAdminView(RegionService regions, RegionAdministration administration, NeighbourProposals proposals) {
        this.regions = regions;
        this.administration = administration;
        this.proposals = proposals;
        addClassName("page");
        add(new H1(getTranslation("section.admin")), new Paragraph(getTranslation("admin.intro")));
        Anchor areas = new Anchor("beheer/gebieden", getTranslation("admin.areas.link"));
        areas.setId("admin-areas");
        add(areas);

        regionGrid.addColumn(Region::id).setHeader(getTranslation("region.id")).setSortable(true);
        regionGrid
                .addColumn(Region::name)
                .setHeader(getTranslation("region.name"))
                .setSortable(true)
                .setFlexGrow(2);
        regionGrid
                .addColumn(r -> getTranslation("region.kind." + r.kind().name()))
                .setHeader(getTranslation("region.kind"))
                .setSortable(true);
        regionGrid
                .addColumn(r -> getTranslation(r.active() ? "region.active" : "region.inactive"))
                .setHeader(getTranslation("region.status"))
                .setSortable(true);
        regionGrid
                .addComponentColumn(this::regionActions)
                .setHeader(getTranslation("admin.actions"))
                .setFlexGrow(2);
        regionGrid.setAllRowsVisible(true);
        regionGrid.setAriaLabel(getTranslation("admin.regions"));
        Button newRegion = new Button(
                getTranslation("admin.region.new"), e -> RegionDialogs.create(administration, this::refresh));
        newRegion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRegion.setId("new-region");

        pairGrid.setAllRowsVisible(true);
        pairGrid.setAriaLabel(getTranslation("admin.neighbours"));
        Button newPair = new Button(
                getTranslation("admin.pair.new"),
                e -> RegionDialogs.pair(administration, regions.allRegions(), this::refresh));
        newPair.setId("new-pair");

        auditGrid
                .addColumn(a -> Moments.dateTime(a.occurredAt(), getLocale()))
                .setHeader(getTranslation("admin.audit.when"));
        auditGrid.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.who"));
        auditGrid.addColumn(a -> getTranslation("audit." + a.action())).setHeader(getTranslation("admin.audit.what"));
        auditGrid
                .addColumn(a -> subject(a.subject()) + (a.details().isBlank() ? "" : " · " + a.details()))
                .setHeader(getTranslation("admin.audit.subject"))
                .setFlexGrow(2);
        auditGrid.setAllRowsVisible(true);
        auditGrid.setAriaLabel(getTranslation("admin.audit"));

        add(
                new H2(getTranslation("admin.regions")),
                newRegion,
                regionGrid,
                new H2(getTranslation("admin.neighbours")),
                newPair,
                pairGrid,
                new H2(getTranslation("admin.audit")),
                auditGrid);
        refresh();
    }

    private HorizontalLayout regionActions(Region region) {
        Button rename = new Button(
                getTranslation("admin.region.rename"),
                e -> RegionDialogs.rename(administration, region, this::refresh));
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        rename.setAriaLabel(getTranslation("admin.region.rename") + " " + region.name());
        rename.setId("rename-region-" + region.id());
        Button toggle = new Button(
                getTranslation(region.active() ? "admin.region.deactivate" : "admin.region.activate"),
                e -> confirmToggle(region));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.setAriaLabel(toggle.getText() + " " + region.name());
        toggle.setId("toggle-region-" + region.id());
        return new HorizontalLayout(rename, toggle);
    }

    private void confirmToggle(Region region) {
        String key = region.active() ? "admin.region.deactivate" : "admin.region.activate";
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation(key + ".title", region.name()),
                getTranslation(key + ".text"),
                getTranslation(key),
                e -> run(() -> administration.setActive(region.id(), !region.active())));
        Dialogs.identify(confirm, "admin-toggle-region");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void confirmRemove(NeighbourPair pair, Map<String, String> names) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("admin.pair.remove.title"),
                getTranslation("admin.pair.remove.text", names.get(pair.first()), names.get(pair.second())),
                getTranslation("admin.pair.remove"),
                e -> run(() -> administration.removeNeighbours(pair.first(), pair.second())));
        Dialogs.identify(confirm, "admin-remove-pair");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void run(Runnable change) {
        try {
            change.run();
            refresh();
        } catch (RegionRuleException e) {
            Notification.show(Translations.explain(e, getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** An audit subject in region names: a region's id, or a neighbour pair's two ids ("a|b"). */
    private String subject(String subject) {
        return java.util.Arrays.stream(subject.split("\\|"))
                .map(id -> names.getOrDefault(id, id))
                .collect(Collectors.joining(" – "));
    }

    private void refresh() {
        regionGrid.setItems(regions.allRegions());
        names = regions.allRegions().stream().collect(Collectors.toMap(Region::id, Region::name));
        pairGrid.removeAllColumns();
        pairGrid.addColumn(p -> names.get(p.first())).setHeader(getTranslation("admin.pair.first"));
        pairGrid.addColumn(p -> names.get(p.second())).setHeader(getTranslation("admin.pair.second"));
        Map<NeighbourPair, Boolean> byBorder = proposals.neighbourList().stream()
                .collect(Collectors.toMap(MarkedNeighbourPair::pair, MarkedNeighbourPair::byBorder));
        pairGrid.addColumn(p ->
                        getTranslation(byBorder.getOrDefault(p, false) ? "admin.pair.byBorder" : "admin.pair.byHand"))
                .setHeader(getTranslation("admin.pair.origin"));
        pairGrid.addComponentColumn(p -> {
                    Button remove = new Button(getTranslation("admin.pair.remove"), e -> confirmRemove(p, names));
                    remove.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("admin.pair.remove") + " " + names.get(p.first()) + " – "
                            + names.get(p.second()));
                    remove.setId("remove-pair-" + p.first() + "-" + p.second());
                    return remove;
                })
                .setHeader(getTranslation("admin.actions"));
        pairGrid.setItems(regions.neighbourPairs());
        auditGrid.setItems(administration.auditTrail(50));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.admin") + " · " + getTranslation("product.short");
    }
}
