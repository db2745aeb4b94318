package nl.onderwijsregio.workspace.audit.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.onderwijsregio.workspace.audit.AuditEvent;
import nl.onderwijsregio.workspace.audit.AuditFilter;
import nl.onderwijsregio.workspace.audit.AuditService;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.DateFields;
import nl.onderwijsregio.workspace.shell.DownloadLink;
import nl.onderwijsregio.workspace.shell.Moments;
import org.jspecify.annotations.Nullable;

/**
 * The Logboek: who wrote what and when, newest first, page by page. The lead sees the tab's region; the platform
 * administrator every region, with a region filter. Filters: person, kind of item, period; export as CSV.
 */
@Route("logboek")
@RolesAllowed({REGIO_LEAD, PLATFORM_ADMIN})
public class LogbookView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final boolean platform;
    private final ComboBox<Region> region = new ComboBox<>();
    private final ComboBox<String> person = new ComboBox<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final DatePicker from = DateFields.picker();
    private final DatePicker to = DateFields.picker();
    private final Grid<AuditEvent> grid = new Grid<>();
    private final Div total = new Div();

    public LogbookView(AuditService audit, RegionService regions, CurrentUser currentUser) {
        this.audit = audit;
        this.platform = currentUser.get().map(u -> u.has(Role.PLATFORM_ADMIN)).orElse(false);
        addClassName("page");
        add(
                new H1(getTranslation("logbook.title")),
                new Paragraph(getTranslation(platform ? "logbook.intro.platform" : "logbook.intro")));

        region.setLabel(getTranslation("logbook.region"));
        region.setItems(platform ? regions.allRegions() : List.of());
        region.setItemLabelGenerator(Region::name);
        region.setClearButtonVisible(true);
        region.setVisible(platform);
        region.setId("logbook-region");
        person.setLabel(getTranslation("logbook.person"));
        person.setClearButtonVisible(true);
        person.setId("logbook-person");
        kind.setLabel(getTranslation("logbook.kind"));
        kind.setItemLabelGenerator(this::kindLabel);
        kind.setClearButtonVisible(true);
        kind.setId("logbook-kind");
        from.setLabel(getTranslation("logbook.from"));
        to.setLabel(getTranslation("logbook.to"));
        from.setId("logbook-from");
        to.setId("logbook-to");
        region.addValueChangeListener(e -> {
            choices();
            refresh();
        });
        person.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Div filters = new Div(region, person, kind, from, to);
        filters.addClassName("register-filters");

        grid.addColumn(e -> Moments.dateTime(e.occurredAt(), getLocale()))
                .setHeader(getTranslation("logbook.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (platform) {
            grid.addColumn(e -> e.regionId() == null ? "" : e.regionId())
                    .setHeader(getTranslation("logbook.region"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addColumn(AuditEvent::actor)
                .setHeader(getTranslation("logbook.person"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> kindLabel(e.entityTable()) + " " + e.entityId())
                .setHeader(getTranslation("logbook.item"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("logbook.operation." + e.operation()))
                .setHeader(getTranslation("logbook.operation"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> ChangeText.of(e, getLocale()))
                .setHeader(getTranslation("logbook.changes"))
                .setWidth("20rem")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("logbook.title"));
        grid.setPageSize(50);
        grid.setId("logbook-grid");
        grid.setItems(DataProvider.fromCallbacks(q -> page(q.getOffset(), q.getLimit()).stream(), q -> count()));
        total.setId("logbook-total");

        Anchor csv = DownloadLink.of(
                getTranslation("logbook.export"),
                "logboek.csv",
                Spreadsheets.CSV_TYPE,
                () -> platform ? audit.platformCsv(filter()) : audit.regionCsv(filter()));
        csv.setId("logbook-csv");
        add(filters, total, csv, grid);
        choices();
        refresh();
    }

    private List<AuditEvent> page(int offset, int limit) {
        return platform ? audit.platformPage(filter(), offset, limit) : audit.regionPage(filter(), offset, limit);
    }

    private int count() {
        return platform ? audit.platformCount(filter()) : audit.regionCount(filter());
    }

    private void choices() {
        AuditService.Choices choices = platform ? audit.platformChoices(selectedRegion()) : audit.regionChoices();
        person.setItems(choices.actors());
        kind.setItems(choices.tables());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("logbook.total", count()));
    }

    AuditFilter filter() {
        return new AuditFilter(person.getValue(), kind.getValue(), from.getValue(), to.getValue(), selectedRegion());
    }

    private @Nullable String selectedRegion() {
        return platform && region.getValue() != null ? region.getValue().id() : null;
    }

    private String kindLabel(String table) {
        String label = getTranslation("logbook.table." + table);
        return label.startsWith("!") ? table : label;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("logbook.title");
    }
}
