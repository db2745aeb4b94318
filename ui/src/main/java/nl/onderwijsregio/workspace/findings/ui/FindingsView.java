package nl.onderwijsregio.workspace.findings.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;
import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingCount;
import nl.onderwijsregio.workspace.findings.FindingFilter;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingPage;
import nl.onderwijsregio.workspace.findings.FindingScope;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.SharedFindings;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.shell.TabBars;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * Findings: the region's own (drafts included), those other regions shared with it (the feed, with unread markers),
 * or a search over everything the person may read. National staff see what regions shared with all.
 */
@Route("bevindingen")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER, NATIONAL, PLATFORM_ADMIN})
public class FindingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VIEW = "weergave";
    private static final int PAGE = 20;

    private final FindingService findings;
    private final SharedFindings shared;
    private final boolean regional;
    private final Tabs tabs = TabBars.fitted(new Tabs());
    private final Tab own = new Tab();
    private final Tab feed = new Tab();
    private final Tab all = new Tab();
    private final TextField text = new TextField();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<FindingKind> kind = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final Select<String> state = new Select<>();
    private final Span total = new Span();
    private final Div list = new Div();
    private final Button more = new Button();
    private final Button markAllRead = new Button();
    private int shown;

    public FindingsView(FindingService findings, SharedFindings shared, RegionService regions, RegionAccess access) {
        this.findings = findings;
        this.shared = shared;
        this.regional = access.member();
        addClassName("page");
        add(new H1(getTranslation("section.findings")));
        add(new Paragraph(getTranslation(regional ? "findings.intro" : "findings.intro.national")));
        if (regional) {
            Button add = new Button(
                    getTranslation("findings.new"),
                    VaadinIcon.PLUS.create(),
                    e -> new FindingForm(
                                    findings,
                                    null,
                                    saved ->
                                            UI.getCurrent().navigate(FindingView.class, FindingView.params(saved.id())))
                            .open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-finding");
            markAllRead.setText(getTranslation("findings.markAllRead"));
            markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            markAllRead.addClickListener(e -> {
                findings.markFeedRead();
                refresh();
            });
            own.setId("tab-own");
            feed.setId("tab-feed");
            all.setId("tab-all");
            own.setLabel(getTranslation("findings.tab.own"));
            all.setLabel(getTranslation("findings.tab.all"));
            tabs.add(own, feed, all);
            tabs.getElement().setAttribute("aria-label", getTranslation("section.findings"));
            tabs.addSelectedChangeListener(e -> {
                if (e.isFromClient()) {
                    UI.getCurrent().navigate(FindingsView.class, QueryParameters.of(VIEW, key(e.getSelectedTab())));
                }
            });
            Div actions = new Div(add, markAllRead);
            actions.addClassName("register-actions");
            add(actions, tabs);
        }
        filters(regions);
        total.addClassName("muted");
        total.getElement().setAttribute("aria-live", "polite");
        list.addClassName("finding-list");
        more.setText(getTranslation("findings.more"));
        more.addClickListener(e -> loadMore());
        add(total, list, more);
    }

    private void filters(RegionService regions) {
        text.setLabel(getTranslation("findings.search"));
        // a short placeholder that fits the field; the full hint as tooltip
        text.setPlaceholder(getTranslation("findings.search.placeholder.short"));
        text.setTooltipText(getTranslation("findings.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("finding-search");
        theme.setLabel(getTranslation("findings.field.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(Theme::label);
        theme.setClearButtonVisible(true);
        kind.setLabel(getTranslation("findings.field.kind"));
        kind.setItems(FindingKind.values());
        kind.setItemLabelGenerator(v -> v.label(Translations.current()));
        kind.setClearButtonVisible(true);
        region.setLabel(getTranslation("findings.field.region"));
        region.setItems(regions.activeRegions());
        region.setItemLabelGenerator(Region::name);
        region.setClearButtonVisible(true);
        state.setLabel(getTranslation("findings.filter.state"));
        state.setItems("", "concept", "gepubliceerd");
        state.setItemLabelGenerator(s -> getTranslation("findings.filter.state." + (s.isEmpty() ? "all" : s)));
        state.setValue("");
        text.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        Div filters = new Div(text, theme, kind, region, state);
        filters.addClassName("register-filters");
        add(filters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (regional) {
            String view = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter(VIEW)
                    .orElse("eigen");
            tabs.setSelectedTab(
                    switch (view) {
                        case "gedeeld" -> feed;
                        case "alles" -> all;
                        default -> own;
                    });
        }
        refresh();
    }

    private FindingScope scope() {
        if (!regional) {
            return FindingScope.SHARED_WITH_ALL;
        }
        Tab selected = tabs.getSelectedTab();
        return selected == feed ? FindingScope.FEED : selected == all ? FindingScope.VISIBLE : FindingScope.OWN;
    }

    private static String key(Tab tab) {
        return switch (tab.getId().orElse("")) {
            case "tab-feed" -> "gedeeld";
            case "tab-all" -> "alles";
            default -> "eigen";
        };
    }

    private FindingFilter filter() {
        FindingScope scope = scope();
        Boolean published = scope != FindingScope.OWN
                        || state.getValue() == null
                        || state.getValue().isEmpty()
                ? null
                : state.getValue().equals("gepubliceerd");
        @Nullable Region from = scope == FindingScope.OWN ? null : region.getValue();
        return new FindingFilter(
                text.getValue(), theme.getValue(), kind.getValue(), from == null ? null : from.id(), null, published);
    }

    private void refresh() {
        FindingScope scope = scope();
        region.setVisible(scope != FindingScope.OWN);
        state.setVisible(scope == FindingScope.OWN);
        FindingFilter filter = filter();
        FindingPage first = regional ? findings.firstPage(scope, filter, PAGE) : shared.list(filter, 0, PAGE);
        if (regional) {
            int unread = first.unreadInFeed();
            feed.setLabel(
                    unread == 0
                            ? getTranslation("findings.tab.feed")
                            : getTranslation("findings.tab.feed.unread", unread));
            markAllRead.setVisible(scope == FindingScope.FEED && unread > 0);
        }
        list.removeAll();
        shown = 0;
        show(first, scope, filter);
    }

    private void loadMore() {
        FindingScope scope = scope();
        FindingFilter filter = filter();
        show(regional ? findings.list(scope, filter, shown, PAGE) : shared.list(filter, shown, PAGE), scope, filter);
    }

    private void show(FindingPage next, FindingScope scope, FindingFilter filter) {
        List<Finding> page = next.items();
        FindingCount count = next.total();
        page.forEach(f -> list.add(new FindingCard(f, scope != FindingScope.OWN, scope != FindingScope.OWN)));
        shown += page.size();
        total.setText(getTranslation(count.exact() ? "findings.total" : "findings.total.more", count.value()));
        more.setVisible(page.size() == PAGE && count.moreThan(shown));
        if (count.value() == 0) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey(scope, filter)));
            empty.addClassName("empty-state");
            list.add(empty);
        }
    }

    private static String emptyKey(FindingScope scope, FindingFilter filter) {
        boolean filtered = filter.text() != null
                || filter.theme() != null
                || filter.kind() != null
                || filter.regionId() != null
                || filter.published() != null;
        if (filtered) {
            return "findings.empty.filtered";
        }
        return switch (scope) {
            case OWN -> "findings.empty.own";
            case FEED -> "findings.empty.feed";
            case VISIBLE, SHARED_WITH_ALL -> "findings.empty.shared";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.findings") + " · " + getTranslation("product.short");
    }
}
