package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.catalogue.CatalogueMaintenance;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.catalogue.EntryContribution;
import nl.onderwijsregio.workspace.catalogue.Facet;
import nl.onderwijsregio.workspace.catalogue.FacetCount;
import nl.onderwijsregio.workspace.catalogue.SearchHit;
import nl.onderwijsregio.workspace.catalogue.SearchResult;
import nl.onderwijsregio.workspace.catalogue.source.Granularity;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.SignIn;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue: Dutch full-text search, facets with live counts, filters kept in the URL (shareable, back button
 * works), results with highlights and a detail panel. Public: a visitor who is not signed in browses it read-only,
 * with nothing of a region and an invitation to sign in for suggestions and the region's register.
 */
@Route("catalogus")
@AnonymousAllowed
public class CatalogueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Short facets first; the long list of sub-themes last. */
    private static final List<Facet> DISPLAY_ORDER =
            List.of(Facet.ACCESS, Facet.SECTOR, Facet.THEME, Facet.GRANULARITY, Facet.PARTNER, Facet.SUB_THEME);

    private final CatalogueService catalogue;
    private final TextField search = new TextField();
    private final Map<Facet, CheckboxGroup<FacetCount>> facets = new EnumMap<>(Facet.class);
    private final Span total = new Span();
    private final VirtualList<SearchHit> results = new VirtualList<>();
    private final Paragraph empty = new Paragraph();
    private final EntryPanel detail;
    private final Div body = new Div();
    private CatalogueQuery query = CatalogueQuery.everything();
    private @Nullable String openEntry;
    private boolean updating;

    public CatalogueView(
            CatalogueService catalogue,
            CatalogueMaintenance maintenance,
            CatalogueSuggestions suggestions,
            CurrentUser currentUser,
            List<EntryContribution> contributions) {
        this.catalogue = catalogue;
        boolean maintainer =
                currentUser.get().map(u -> u.has(Role.CATALOGUE_ADMIN)).orElse(false);
        boolean member = currentUser.get().map(u -> u.worksForRegions()).orElse(false)
                && ActiveRegion.current().isPresent();
        boolean signedIn = currentUser.get().isPresent();
        this.detail = new EntryPanel(
                catalogue,
                maintainer ? maintenance : null,
                member ? suggestions : null,
                contributions,
                signedIn,
                () -> show(null),
                id -> {
                    Notification.show(getTranslation("catalogue.saved"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    UI.getCurrent().refreshCurrentRoute(false);
                });
        addClassNames("page", "catalogue");
        H1 title = new H1(getTranslation("section.catalogue"));
        Paragraph release = new Paragraph(catalogue
                .release()
                .map(r -> getTranslation(
                        "catalogue.release",
                        r.title(),
                        r.version(),
                        r.published().toString()))
                .orElse(""));
        release.addClassName("muted");
        Anchor partners = new Anchor("catalogus/partners", getTranslation("catalogue.partners.link"));

        search.setPlaceholder(getTranslation("catalogue.search.placeholder"));
        search.setAriaLabel(getTranslation("catalogue.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.setMaxLength(200);
        search.setWidthFull();
        search.setId("catalogue-search");
        search.addValueChangeListener(e -> {
            if (!updating) {
                go(query.withText(e.getValue()));
            }
        });

        Div facetPanel = new Div();
        facetPanel.addClassName("facets");
        for (Facet facet : DISPLAY_ORDER) {
            CheckboxGroup<FacetCount> group = new CheckboxGroup<>(getTranslation("catalogue.facet." + facet.name()));
            group.setItemLabelGenerator(c -> label(facet, c) + " (" + c.count() + ")");
            group.addValueChangeListener(e -> {
                if (!updating) {
                    go(query.with(
                            facet,
                            new HashSet<>(
                                    e.getValue().stream().map(FacetCount::value).toList())));
                }
            });
            group.setId("facet-" + facet.parameter());
            facets.put(facet, group);
            facetPanel.add(group);
        }
        Button clear = new Button(getTranslation("catalogue.clear"), e -> go(CatalogueQuery.everything()));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        facetPanel.addComponentAsFirst(clear);

        results.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                hit -> new HitCard(hit, () -> show(hit.entry().id()))));
        results.addClassName("results");
        results.setWidthFull();
        results.getElement().setAttribute("aria-label", getTranslation("catalogue.results"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        Div list = new Div(total, empty, results);
        list.addClassName("result-column");
        body.add(facetPanel, list, detail);
        body.addClassName("catalogue-body");
        Div links = new Div(partners);
        links.addClassName("catalogue-links");
        if (signedIn) {
            links.add(new Anchor("catalogus/wijzigingen", getTranslation("catalogue.changelog")));
        }
        if (maintainer) {
            Button add = new Button(
                    getTranslation("catalogue.edit.new"),
                    VaadinIcon.PLUS.create(),
                    e -> EntryEditor.forMaintenance(maintenance, catalogue.partners(), null, saved -> show(saved.id()))
                            .open());
            add.setId("new-entry");
            links.add(add);
            Anchor template = new Anchor("analyse/sjabloon", getTranslation("analysis.template.link"));
            template.setId("analysis-template-link");
            links.add(template);
        }
        if (member) {
            Button suggest = new Button(
                    getTranslation("suggestion.new.title"),
                    VaadinIcon.LIGHTBULB.create(),
                    e -> new SuggestionDialog(suggestions, null).open());
            suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            suggest.setId("suggest-source");
            links.add(suggest);
        }
        if (member || maintainer) {
            links.add(new Anchor(
                    "catalogus/voorstellen",
                    getTranslation(maintainer ? "suggestion.queue.link" : "suggestion.own.link")));
        }
        add(title, release);
        if (!signedIn) {
            add(publicNotice());
        }
        add(links, search, body);
        search.addKeyPressListener(Key.ESCAPE, e -> search.clear());
    }

    /** For a visitor: what the public catalogue is, and that signing in adds suggestions and the register. */
    private Div publicNotice() {
        Paragraph text = new Paragraph(getTranslation("catalogue.public.intro"));
        Anchor feed = new Anchor("api/v1/catalogue/dcat", getTranslation("catalogue.public.feed"));
        feed.setRouterIgnore(true);
        Div notice = new Div(text, SignIn.button("catalogue-login"), feed);
        notice.addClassNames("notice", "public-notice");
        notice.setId("public-notice");
        return notice;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = CatalogueUrl.read(event.getLocation().getQueryParameters());
        openEntry =
                event
                        .getLocation()
                        .getQueryParameters()
                        .getParameters()
                        .getOrDefault(CatalogueUrl.ENTRY, List.of())
                        .stream()
                        .findFirst()
                        .orElse(null);
        refresh();
    }

    private void go(CatalogueQuery next) {
        UI.getCurrent().navigate(CatalogueView.class, CatalogueUrl.write(next, null));
    }

    private void show(@Nullable String entryId) {
        UI.getCurrent().navigate(CatalogueView.class, CatalogueUrl.write(query, entryId));
    }

    private void refresh() {
        updating = true;
        try {
            SearchResult result = catalogue.search(query, 0, 1);
            search.setValue(query.text());
            facets.forEach((facet, group) -> {
                List<FacetCount> counts = result.facets().get(facet);
                group.setItems(counts);
                group.setValue(new HashSet<>(counts.stream()
                        .filter(c -> query.values(facet).contains(c.value()))
                        .toList()));
                group.setVisible(!counts.isEmpty());
            });
            total.setText(getTranslation("catalogue.total", result.total()));
            empty.setText(result.total() == 0 ? getTranslation("catalogue.empty") : "");
            empty.setVisible(result.total() == 0);
            CatalogueQuery current = query;
            results.setDataProvider(DataProvider.fromCallbacks(
                    q -> catalogue.hits(current, q.getOffset(), q.getLimit()).stream(), q -> catalogue.count(current)));
            detail.show(openEntry);
            // with the detail open the facets make room for the results (styles.css, .with-detail)
            body.setClassName("with-detail", detail.isVisible());
        } finally {
            updating = false;
        }
    }

    private String label(Facet facet, FacetCount count) {
        return switch (facet) {
            case ACCESS -> getTranslation("catalogue.access." + count.value());
            case SECTOR -> getTranslation("sector." + count.value());
            case GRANULARITY -> Granularity.valueOf(count.value()).label(Translations.current());
            default -> count.label();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.catalogue") + " · " + getTranslation("product.short");
    }
}
