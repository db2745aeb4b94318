package nl.onderwijsregio.workspace.regions.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.regions.AreaImport;
import nl.onderwijsregio.workspace.regions.NeighbourProposals;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionAreaService;
import nl.onderwijsregio.workspace.regions.RegionKind;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.shell.Translations;

/**
 * Beheer › Gebieden: the platform administrator gives each geographic region its municipalities, in a searchable list
 * beside the region's map, or by a CSV import; the neighbour pairs that follow from the areas are proposed below.
 */
@Route("beheer/gebieden")
@RolesAllowed(PLATFORM_ADMIN)
public class AreaAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RegionAreaService areas;
    private final MunicipalityService municipalities;
    private final RegionService regions;
    private final Select<Region> region = new Select<>();
    private final TextField filter = new TextField();
    private final Grid<Municipality> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final Div picture = new Div();
    private final ProposalsPanel proposals;
    private Map<String, String> holders = Map.of();
    private Map<String, String> names = Map.of();

    public AreaAdminView(
            RegionAreaService areas,
            MunicipalityService municipalities,
            RegionService regions,
            NeighbourProposals neighbourProposals,
            AreaImport importer) {
        this.areas = areas;
        this.municipalities = municipalities;
        this.regions = regions;
        this.proposals = new ProposalsPanel(neighbourProposals, this::refresh);
        addClassName("page");
        add(new H1(getTranslation("areas.title")), new Paragraph(getTranslation("areas.intro")));
        add(new Anchor("beheer", getTranslation("areas.back")));

        region.setId("area-region");
        region.setLabel(getTranslation("areas.region"));
        region.setItemLabelGenerator(Region::name);
        List<Region> geographic = regions.allRegions().stream()
                .filter(r -> r.kind() == RegionKind.GEOGRAPHIC)
                .toList();
        region.setItems(geographic);
        region.addValueChangeListener(e -> refresh());

        filter.setId("municipality-filter");
        filter.setLabel(getTranslation("areas.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> showList());

        grid.setId("municipality-grid");
        grid.setAriaLabel(getTranslation("areas.list"));
        grid.addColumn(Municipality::name)
                .setHeader(getTranslation("area.column.municipality"))
                .setFlexGrow(2);
        grid.addColumn(Municipality::code).setHeader(getTranslation("areas.code"));
        grid.addColumn(m -> holders.containsKey(m.code()) ? names.get(holders.get(m.code())) : "–")
                .setHeader(getTranslation("areas.holder"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::action).setHeader(getTranslation("admin.actions"));
        grid.setHeight("24rem");

        message.setId("area-message");
        message.getElement().setAttribute("aria-live", "polite");
        picture.setId("area-admin-map");

        Button importButton =
                new Button(getTranslation("areas.import"), e -> new AreaImportDialog(importer, this::refresh).open());
        importButton.setId("area-import");

        add(region, message, picture, filter, grid, new H2(getTranslation("areas.import.heading")), importButton);
        add(proposals);
        if (!geographic.isEmpty()) {
            region.setValue(geographic.getFirst());
        } else {
            refresh();
        }
    }

    private Button action(Municipality m) {
        Region chosen = region.getValue();
        boolean own = chosen != null && chosen.id().equals(holders.get(m.code()));
        Button button = new Button(getTranslation(own ? "areas.remove" : "areas.add"), e -> change(m, own));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, own ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        button.setId((own ? "remove-" : "add-") + m.code());
        button.setAriaLabel(getTranslation(own ? "areas.remove.aria" : "areas.add.aria", m.name(), name(chosen)));
        button.setEnabled(chosen != null);
        return button;
    }

    private void change(Municipality m, boolean remove) {
        Region chosen = region.getValue();
        try {
            if (remove) {
                areas.unassign(chosen.id(), m.code());
            } else {
                areas.assign(chosen.id(), m.code());
            }
            refresh();
            message.setText(getTranslation(remove ? "areas.removed" : "areas.added", m.name(), chosen.name()));
        } catch (RegionRuleException e) {
            message.setText(Translations.explain(e, getLocale()));
            message.addClassName("error-text");
            filter.setHelperText(Translations.explain(e, getLocale()));
        }
    }

    private void refresh() {
        holders = areas.assignments();
        names = regions.allRegions().stream().collect(Collectors.toMap(Region::id, Region::name));
        message.removeClassName("error-text");
        filter.setHelperText(null);
        picture.removeAll();
        Region chosen = region.getValue();
        if (chosen != null) {
            picture.add(new AreaCard(areas, municipalities, chosen, null));
        }
        showList();
        proposals.refresh();
    }

    private void showList() {
        String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(municipalities.all().stream()
                .filter(m -> text.isEmpty()
                        || m.name().toLowerCase(Locale.ROOT).contains(text)
                        || m.code().toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    private static String name(Region region) {
        return region == null ? "" : region.name();
    }

    /** {@code ?regio=<id>} opens the screen on that region (a link from elsewhere, or a shared address). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("regio")
                .flatMap(id -> region.getListDataView()
                        .getItems()
                        .filter(r -> r.id().equals(id))
                        .findFirst())
                .ifPresent(region::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("areas.title") + " · " + getTranslation("product.short");
    }
}
