package nl.onderwijsregio.workspace.register.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.Facet;
import nl.onderwijsregio.workspace.catalogue.FacetCount;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterExport;
import nl.onderwijsregio.workspace.register.RegisterFilter;
import nl.onderwijsregio.workspace.register.RegisterImport;
import nl.onderwijsregio.workspace.register.RegisterOverview;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterSort;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.shell.DownloadLink;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.team.Authors;
import org.jspecify.annotations.Nullable;

/** The active region's register of obtained closed data: counts per status, a to-do list, filters, the entries. */
@Route("register")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER})
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final RegisterService register;
    private final Authors authors;
    private final MultiSelectComboBox<RegisterStatus> statuses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<HolderKind> holders = new MultiSelectComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final Checkbox retentionEnding = new Checkbox();
    private final Select<RegisterSort> sort = new Select<>();
    private final Grid<RegisterEntry> grid = new Grid<>();
    private @Nullable RegisterEntry focused;
    private final Div counts = new Div();
    private final Div toDo = new Div();

    public RegisterView(
            RegisterService register,
            RegisterExport export,
            RegisterImport importer,
            CatalogueService catalogue,
            Authors authors) {
        this.register = register;
        this.authors = authors;
        theme.setLabel(getTranslation("catalogue.field.theme"));
        theme.setItems(catalogue.search(CatalogueQuery.everything(), 0, 1).facets().get(Facet.THEME).stream()
                .map(FacetCount::value)
                .toList());
        theme.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> refreshGrid());
        addClassName("page");
        Button add = new Button(
                getTranslation("register.new"),
                VaadinIcon.PLUS.create(),
                e -> new RegisterForm(register, null, null, saved -> refresh()).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-register-entry");
        counts.addClassName("status-counts");
        toDo.addClassName("cards");

        statuses.setLabel(getTranslation("register.filter.status"));
        statuses.setItems(RegisterStatus.values());
        statuses.setItemLabelGenerator(v -> v.label(Translations.current()));
        holders.setLabel(getTranslation("register.field.holderKind"));
        holders.setItems(HolderKind.values());
        holders.setItemLabelGenerator(v -> v.label(Translations.current()));
        retentionEnding.setLabel(getTranslation("register.filter.retention"));
        sort.setLabel(getTranslation("register.sort"));
        sort.setItems(RegisterSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("register.sort." + s.name()));
        sort.setValue(RegisterSort.UPDATED);
        statuses.addValueChangeListener(e -> refreshGrid());
        holders.addValueChangeListener(e -> refreshGrid());
        retentionEnding.addValueChangeListener(e -> refreshGrid());
        sort.addValueChangeListener(e -> refreshGrid());
        Div filters = new Div(statuses, holders, theme, sort, retentionEnding);
        filters.addClassName("register-filters");

        grid.addColumn(e -> e.catalogueTitle() != null ? e.catalogueTitle() : e.sourceText())
                .setHeader(getTranslation("register.column.source"))
                .setFlexGrow(3);
        grid.addColumn(RegisterEntry::what)
                .setHeader(getTranslation("register.field.what"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.holderName() + " (" + e.holderKind().label(Translations.current()) + ")")
                .setHeader(getTranslation("register.column.holder"))
                .setFlexGrow(2);
        grid.addComponentColumn(RegisterView::statusBadge)
                .setHeader(getTranslation("register.column.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> Moments.date(e.retentionUntil(), getLocale()))
                .setHeader(getTranslation("register.field.retentionUntil"))
                .setAutoWidth(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("section.register"));
        grid.setEmptyStateText(getTranslation("register.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        // an item click is a mouse event only: Enter on a row's cell opens the entry too
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement()
                .addEventListener("keydown", e -> {
                    if (focused != null) {
                        open(focused);
                    }
                })
                .setFilter("event.key === 'Enter' && event.composedPath()[0].localName === 'td'");
        grid.setHeight("60vh");
        grid.setId("register-grid");

        Anchor csv = download(getTranslation("register.export.csv"), "register.csv", "text/csv", export::csv);
        Anchor xlsx = download(
                getTranslation("register.export.xlsx"),
                "register.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                export::xlsx);
        Button importCsv = new Button(
                getTranslation("register.import.title"),
                VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(importer, this::refresh).open());
        importCsv.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importCsv.setId("import-register");
        Div actions = new Div(add, importCsv, csv, xlsx);
        actions.addClassName("register-actions");
        add(
                new H1(getTranslation("section.register")),
                new Span(getTranslation("register.intro")),
                actions,
                counts,
                toDo,
                filters,
                grid);
        refresh();
    }

    private static Anchor download(String text, String fileName, String type, Supplier<byte[]> content) {
        return DownloadLink.of(text, fileName, type, content);
    }

    static Span statusBadge(RegisterEntry entry) {
        Span badge = new Span(entry.status().label(Translations.current()));
        if (entry.overdue()) {
            badge.setText(
                    entry.status().label(Translations.current()) + " · " + badge.getTranslation("register.overdue"));
        }
        // one colour per status (contrast at least 4.5:1, see RegisterBadgesTest); overdue adds an orange outline
        badge.addClassNames("badge", statusClass(entry.status()));
        if (entry.overdue()) {
            badge.addClassName("badge-overdue");
        }
        return badge;
    }

    /** The CSS class that gives a status its own badge colour. */
    static String statusClass(RegisterStatus status) {
        return "badge-status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void refresh() {
        RegisterOverview overview = register.overview(filter(), grid.getPageSize(), sort.getValue());
        counts.removeAll();
        for (Map.Entry<RegisterStatus, Integer> count : overview.statusCounts().entrySet()) {
            Span chip = new Span(count.getKey().label(Translations.current()) + ": " + count.getValue());
            chip.addClassName("status-chip");
            counts.add(chip);
        }
        var todo = register.toDo(LocalDate.now());
        toDo.removeAll();
        toDo.add(
                new ToDoCard(getTranslation("register.todo.waiting"), todo.waitingForAnswer(), this::open),
                new ToDoCard(getTranslation("register.todo.ending"), todo.retentionEnding(), this::open),
                new ToDoCard(getTranslation("register.todo.past"), todo.pastRetention(), this::open));
        grid.setItems(new RegisterData(register, filter(), sort.getValue(), overview).provider());
    }

    private void open(RegisterEntry entry) {
        new RegisterEntryDialog(register, entry.id(), this::refresh, authors.ofActiveRegion()).open();
    }

    private void refreshGrid() {
        grid.setItems(new RegisterData(register, filter(), sort.getValue(), null).provider());
    }

    private RegisterFilter filter() {
        return new RegisterFilter(
                statuses.getValue(), holders.getValue(), theme.getValue(), retentionEnding.getValue() ? 60 : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.register") + " · " + getTranslation("product.short");
    }
}
