package nl.onderwijsregio.workspace.analysis.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisConflictException;
import nl.onderwijsregio.workspace.analysis.AnalysisExporter;
import nl.onderwijsregio.workspace.analysis.AnalysisRuleException;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.analysis.SharedAnalyses;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.team.Authors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The region's analysis: the edition with status, version and last change; its chapters (the lead adds, renames,
 * reorders by dragging or with the up and down buttons, and removes them after confirming); the status steps and the
 * vastgestelde versions with whom they are shared; the exports; and the analyses neighbours shared with the region.
 * Without an edition it explains the section, and the lead starts one.
 */
@StyleSheet("analysis.css")
@Route("analyse")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER})
public class AnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String EDITION = "editie";

    private final AnalysisService analyses;
    private final SharedAnalyses shared;
    private final AnalysisExporter exporter;
    private final boolean lead;
    private final boolean templateKeeper;
    private final Paragraph error = new Paragraph();
    private @Nullable Analysis analysis;
    private @Nullable Chapter dragged;

    private final Authors authors;

    public AnalysisView(
            AnalysisService analyses,
            SharedAnalyses shared,
            AnalysisExporter exporter,
            CurrentUser currentUser,
            RegionAccess access,
            Authors authors) {
        this.analyses = analyses;
        this.authors = authors;
        this.shared = shared;
        this.exporter = exporter;
        this.lead = access.lead();
        this.templateKeeper =
                currentUser.get().map(u -> u.has(Role.CATALOGUE_ADMIN)).orElse(false);
        addClassNames("page", "analysis");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("analysis-error");
        error.setVisible(false);
    }

    static QueryParameters edition(long analysisId) {
        return QueryParameters.of(EDITION, String.valueOf(analysisId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> chosen = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(EDITION)
                .flatMap(v -> {
                    try {
                        return Optional.of(Long.parseLong(v));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
        Optional<Analysis> found;
        try {
            found = chosen.isPresent() ? Optional.of(analyses.analysis(chosen.get())) : analyses.current();
        } catch (NoSuchElementException e) {
            found = analyses.current();
        }
        analysis = found.orElse(null);
        render();
    }

    private void render() {
        removeAll();
        error.setVisible(false);
        add(new H1(getTranslation("section.analysis")));
        if (analysis == null) {
            empty();
        } else {
            edition(analysis);
        }
        sharedWithUs();
        if (templateKeeper) {
            add(new RouterLink(getTranslation("analysis.template.link"), AnalysisTemplateView.class));
        }
    }

    // --- without an edition

    private void empty() {
        Div empty = new Div();
        empty.addClassName("notice");
        empty.setId("analysis-empty");
        empty.add(new Paragraph(getTranslation("analysis.empty.intro")));
        empty.add(new Paragraph(getTranslation(lead ? "analysis.empty.lead" : "analysis.empty.member")));
        add(empty, error);
        if (lead) {
            add(startForm(false));
        }
    }

    private Div startForm(boolean existing) {
        TextField name = new TextField(getTranslation("analysis.start.name"));
        name.setId("edition-name");
        name.setMaxLength(120);
        name.setValue(getTranslation(
                "analysis.start.default",
                String.valueOf(Year.now(AnalysisFormat.AMSTERDAM).getValue())));
        name.setWidth("min(24rem, 100%)");
        Div form = new Div(name);
        form.addClassName("analysis-actions");
        if (!existing) {
            Button start = new Button(getTranslation("analysis.start"), e -> start(name, false));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-edition");
            form.add(start);
        } else {
            Button fromLatest = new Button(getTranslation("analysis.start.fromLatest"), e -> start(name, true));
            fromLatest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            fromLatest.setId("start-from-latest");
            Button fresh = new Button(getTranslation("analysis.start.fresh"), e -> start(name, false));
            fresh.setId("start-edition");
            form.add(fromLatest, fresh);
        }
        return form;
    }

    private void start(TextField name, boolean fromLatest) {
        name.setInvalid(false);
        try {
            Analysis started = analyses.start(name.getValue(), fromLatest);
            Notification.show(getTranslation("analysis.started", started.edition()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(AnalysisView.class, edition(started.id()));
        } catch (AnalysisRuleException e) {
            name.setErrorMessage(Translations.explain(e, getLocale()));
            name.setInvalid(true);
        } catch (AccessDeniedException e) {
            showError(Translations.explain(e, getLocale()));
        }
    }

    // --- the edition

    private void edition(Analysis a) {
        H2 heading = new H2(a.edition());
        heading.setId("edition-heading");
        Span version = new Span(getTranslation("analysis.version", String.valueOf(a.version())));
        version.addClassNames("badge", "badge-draft");
        version.setId("analysis-version");
        Span changed = new Span(getTranslation(
                "analysis.changed",
                AnalysisFormat.moment(a.updatedAt(), getLocale()),
                authors.ofActiveRegion().displayName(a.updatedByName(), getLocale())));
        changed.addClassName("muted");
        changed.setId("analysis-changed");
        Div meta = new Div(AnalysisFormat.status(this, a.status()), version, changed);
        meta.addClassName("analysis-meta");
        add(heading, meta);
        List<Analysis> editions = analyses.editions();
        if (editions.size() > 1) {
            Select<Long> picker = new Select<>();
            picker.setLabel(getTranslation("analysis.edition.pick"));
            picker.setId("edition-picker");
            picker.setItems(editions.stream().map(Analysis::id).toList());
            picker.setItemLabelGenerator(id -> editions.stream()
                    .filter(e -> e.id() == id)
                    .map(Analysis::edition)
                    .findFirst()
                    .orElse(""));
            picker.setValue(a.id());
            picker.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    UI.getCurrent().navigate(AnalysisView.class, edition(e.getValue()));
                }
            });
            add(picker);
        }
        add(new Paragraph(getTranslation(lead ? "analysis.intro.lead" : "analysis.intro.member")));
        add(error);
        if (lead) {
            add(statusActions(a));
        }
        add(new AnalysisExports(format -> exporter.working(a.id(), format)));
        chapters(a);
        releases(a);
        if (lead) {
            Details next = new Details(getTranslation("analysis.start.next"), startForm(true));
            next.setId("new-edition");
            add(next);
        }
    }

    private Div statusActions(Analysis a) {
        Div actions = new Div();
        actions.addClassName("analysis-actions");
        actions.setId("status-actions");
        switch (a.status()) {
            case CONCEPT -> {
                actions.add(statusButton(
                        "analysis.action.review", "to-review", e -> change(a, AnalysisStatus.TER_BESPREKING)));
                actions.add(statusButton("analysis.action.establish", "establish", e -> establish(a)));
            }
            case TER_BESPREKING -> {
                actions.add(
                        statusButton("analysis.action.concept", "to-concept", e -> change(a, AnalysisStatus.CONCEPT)));
                actions.add(statusButton("analysis.action.establish", "establish", e -> establish(a)));
            }
            case VASTGESTELD ->
                actions.add(statusButton(
                        "analysis.action.nextVersion", "next-version", e -> change(a, AnalysisStatus.CONCEPT)));
        }
        return actions;
    }

    private Button statusButton(String key, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key), click);
        button.setId(id);
        return button;
    }

    private void change(Analysis a, AnalysisStatus to) {
        attempt(() -> analyses.changeStatus(a.id(), a.revision(), to, false, false));
    }

    private void establish(Analysis a) {
        Dialog dialog = Dialogs.identify(new Dialog(), "analysis-establish");
        dialog.setHeaderTitle(getTranslation("analysis.establish.title", a.edition()));
        Checkbox neighbours = new Checkbox(getTranslation("analysis.share.neighbours"));
        neighbours.setId("share-neighbours");
        Checkbox national = new Checkbox(getTranslation("analysis.share.national"));
        national.setId("share-national");
        Paragraph text = new Paragraph(getTranslation("analysis.establish.text"));
        Paragraph note = new Paragraph(getTranslation("analysis.share.note"));
        note.addClassName("muted");
        Div fields = new Div(text, neighbours, national, note);
        fields.addClassName("analysis-dialog");
        dialog.add(fields);
        Button confirm = new Button(getTranslation("analysis.action.establish"), e -> {
            dialog.close();
            attempt(() -> analyses.changeStatus(
                    a.id(), a.revision(), AnalysisStatus.VASTGESTELD, neighbours.getValue(), national.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-establish");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 96vw)");
        dialog.open();
    }

    // --- chapters

    private void chapters(Analysis a) {
        add(new H2(getTranslation("analysis.chapters")));
        if (lead && a.status() == AnalysisStatus.VASTGESTELD) {
            // renaming, reordering or retagging here changes the analysis too: say so before, not after
            Paragraph next =
                    new Paragraph(getTranslation("analysis.chapters.nextVersion", String.valueOf(a.version() + 1)));
            next.addClassName("notice");
            next.setId("analysis-next-version");
            add(next);
        }
        Map<Long, Integer> comments = analyses.commentCounts(a.id());
        Grid<Chapter> grid = new Grid<>();
        grid.setId("chapters");
        grid.addColumn(Chapter::position)
                .setHeader(getTranslation("analysis.column.position"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(c -> chapterCell(c, comments.getOrDefault(c.id(), 0)))
                .setHeader(getTranslation("analysis.column.chapter"))
                .setFlexGrow(1);
        if (lead) {
            grid.addComponentColumn(c -> chapterActions(a, c))
                    .setHeader(getTranslation("analysis.column.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.setRowsDraggable(true);
            grid.setDropMode(GridDropMode.BETWEEN);
            grid.addDragStartListener(
                    e -> dragged = e.getDraggedItems().stream().findFirst().orElse(null));
            grid.addDragEndListener(e -> dragged = null);
            grid.addDropListener(
                    e -> e.getDropTargetItem().ifPresent(target -> dropped(a, target, e.getDropLocation())));
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("analysis.chapters"));
        grid.setAllRowsVisible(true);
        grid.setItems(a.chapters());
        add(grid);
        if (lead) {
            Button add =
                    new Button(getTranslation("analysis.chapter.add"), VaadinIcon.PLUS.create(), e -> addChapter(a));
            add.setId("add-chapter");
            add(add);
        }
    }

    private Div chapterCell(Chapter c, int commentCount) {
        RouterLink title = new RouterLink(c.title(), ChapterView.class, ChapterView.params(c.id()));
        title.addClassName("chapter-link");
        Div cell = new Div(title);
        cell.addClassName("chapter-cell");
        if (!c.themes().isEmpty()) {
            Span themes = new Span(getTranslation("analysis.chapter.themes", AnalysisFormat.themes(c.chapterThemes())));
            themes.addClassName("muted");
            cell.add(new Div(themes));
        }
        Div markers = new Div();
        markers.addClassName("analysis-meta");
        if (c.generated()) {
            markers.add(marker(getTranslation("analysis.chapter.generated"), "badge-visibility"));
        } else {
            markers.add(marker(
                    getTranslation(c.hasText() ? "analysis.chapter.hasText" : "analysis.chapter.noText"),
                    c.hasText() ? "badge-open" : "badge-draft"));
            markers.add(marker(
                    getTranslation(
                            "analysis.chapter.evidenceCount",
                            String.valueOf(c.evidence().size())),
                    "badge-visibility"));
        }
        markers.add(
                marker(getTranslation("analysis.chapter.commentCount", String.valueOf(commentCount)), "badge-draft"));
        cell.add(markers);
        return cell;
    }

    private static Span marker(String text, String variant) {
        Span span = new Span(text);
        span.addClassNames("badge", variant);
        return span;
    }

    private Div chapterActions(Analysis a, Chapter c) {
        List<Chapter> all = a.chapters();
        Button up = iconButton(VaadinIcon.ARROW_UP, "analysis.chapter.up", c, e -> move(c, -1));
        up.setEnabled(all.indexOf(c) > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "analysis.chapter.down", c, e -> move(c, 1));
        down.setEnabled(all.indexOf(c) < all.size() - 1);
        Div actions = new Div(up, down);
        if (!c.generated()) {
            Button rename = iconButton(VaadinIcon.EDIT, "analysis.chapter.rename", c, e -> rename(c));
            Button retag = iconButton(VaadinIcon.TAGS, "analysis.chapter.retag", c, e -> retag(c));
            Button remove = iconButton(VaadinIcon.TRASH, "analysis.chapter.remove", c, e -> confirmRemove(c));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(rename, retag, remove);
        }
        actions.addClassName("priority-actions");
        return actions;
    }

    private Button iconButton(
            VaadinIcon icon, String key, Chapter c, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(key) + ": " + c.title());
        button.setTooltipText(getTranslation(key));
        button.setId(key.substring(key.lastIndexOf('.') + 1) + "-" + c.id());
        return button;
    }

    private void move(Chapter c, int steps) {
        attempt(() -> analyses.move(c.id(), steps));
    }

    private void dropped(Analysis a, Chapter target, GridDropLocation location) {
        Chapter moving = dragged;
        if (moving == null || moving.id() == target.id() || location == GridDropLocation.EMPTY) {
            return;
        }
        List<Long> order =
                new ArrayList<>(a.chapters().stream().map(Chapter::id).toList());
        order.remove(moving.id());
        int at = order.indexOf(target.id()) + (location == GridDropLocation.BELOW ? 1 : 0);
        order.add(Math.max(0, at), moving.id());
        attempt(() -> analyses.reorder(a.id(), order));
    }

    private void addChapter(Analysis a) {
        Dialog dialog = Dialogs.identify(new Dialog(), "analysis-new-chapter");
        dialog.setHeaderTitle(getTranslation("analysis.chapter.add"));
        TextField title = new TextField(getTranslation("analysis.chapter.title"));
        title.setId("new-chapter-title");
        title.setMaxLength(200);
        title.setWidthFull();
        ChapterThemesField themes = new ChapterThemesField("new-chapter");
        dialog.add(new Div(title, themes));
        Button save = new Button(getTranslation("analysis.chapter.add.save"), e -> {
            title.setInvalid(false);
            try {
                analyses.addChapter(a.id(), title.getValue(), themes.getValue());
                dialog.close();
                reload();
            } catch (AnalysisRuleException | AccessDeniedException e2) {
                title.setErrorMessage(Translations.explain(e2, getLocale()));
                title.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-new-chapter");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(32rem, 96vw)");
        dialog.open();
    }

    private void retag(Chapter c) {
        Dialog dialog = Dialogs.identify(new Dialog(), "analysis-retag");
        dialog.setHeaderTitle(getTranslation("analysis.chapter.retag.title", c.title()));
        ChapterThemesField themes = new ChapterThemesField("retag-chapter").withValue(c.chapterThemes());
        Paragraph problem = new Paragraph();
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        dialog.add(new Paragraph(getTranslation("analysis.chapter.retag.text")), themes, problem);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                analyses.retag(c.id(), themes.getValue());
                dialog.close();
                Notification.show(getTranslation("analysis.chapter.retag.saved", c.title()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (AnalysisRuleException | AccessDeniedException | NoSuchElementException e2) {
                problem.setText(Translations.explain(e2, getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-retag");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(32rem, 96vw)");
        dialog.open();
    }

    private void rename(Chapter c) {
        Dialog dialog = Dialogs.identify(new Dialog(), "analysis-rename");
        dialog.setHeaderTitle(getTranslation("analysis.chapter.rename.title", c.title()));
        TextField title = new TextField(getTranslation("analysis.chapter.title"));
        title.setId("rename-chapter-title");
        title.setMaxLength(200);
        title.setValue(c.title());
        title.setWidthFull();
        dialog.add(title);
        Button save = new Button(getTranslation("action.save"), e -> {
            title.setInvalid(false);
            try {
                analyses.save(c.id(), c.revision(), title.getValue(), c.body());
                dialog.close();
                reload();
            } catch (AnalysisRuleException | AnalysisConflictException | AccessDeniedException e2) {
                title.setErrorMessage(Translations.explain(e2, getLocale()));
                title.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-rename");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(32rem, 96vw)");
        dialog.open();
    }

    private void confirmRemove(Chapter c) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("analysis.chapter.remove.title"),
                getTranslation("analysis.chapter.remove.text", c.title()),
                getTranslation("analysis.chapter.remove"),
                e -> attempt(() -> analyses.removeChapter(c.id())));
        Dialogs.identify(confirm, "analysis-remove");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    // --- releases

    private void releases(Analysis a) {
        add(new H2(getTranslation("analysis.releases")));
        if (a.releases().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("analysis.releases.empty"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("releases");
        list.addClassName("analysis-list");
        for (Release r : a.releases()) {
            ListItem item = new ListItem();
            item.setId("release-" + r.id());
            RouterLink read = new RouterLink(
                    getTranslation("analysis.release.read", String.valueOf(r.number())),
                    ReleaseView.class,
                    ReleaseView.params(r.id()));
            Span text = new Span(getTranslation(
                    "analysis.release.line",
                    AnalysisFormat.moment(r.establishedAt(), getLocale()),
                    r.establishedByName()));
            Span sharing = new Span(AnalysisFormat.sharing(this, r));
            sharing.addClassNames("badge", "badge-shared");
            sharing.setId("release-sharing-" + r.id());
            item.add(read, new Span(" · "), text, new Span(" "), sharing);
            if (lead) {
                Button change = new Button(getTranslation("analysis.release.share"), e -> share(r));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                change.setId("share-" + r.id());
                item.add(new Span(" "), change);
            }
            list.add(item);
        }
        add(list);
    }

    private void share(Release r) {
        Dialog dialog = Dialogs.identify(new Dialog(), "analysis-share");
        dialog.setHeaderTitle(getTranslation("analysis.share.title", String.valueOf(r.number())));
        Checkbox neighbours = new Checkbox(getTranslation("analysis.share.neighbours"), r.sharedNeighbours());
        neighbours.setId("share-neighbours");
        Checkbox national = new Checkbox(getTranslation("analysis.share.national"), r.sharedNational());
        national.setId("share-national");
        Paragraph note = new Paragraph(getTranslation("analysis.share.note"));
        note.addClassName("muted");
        Div fields = new Div(neighbours, national, note);
        fields.addClassName("analysis-dialog");
        dialog.add(fields);
        Button confirm = new Button(getTranslation("analysis.share.confirm"), e -> {
            dialog.close();
            attempt(() -> analyses.share(r.id(), neighbours.getValue(), national.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-share");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 96vw)");
        dialog.open();
    }

    // --- shared with us

    private void sharedWithUs() {
        H2 heading = new H2(getTranslation("analysis.sharedWithUs"));
        heading.setId("shared-heading");
        add(heading);
        List<Release> releases = shared.sharedWithUs();
        if (releases.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("analysis.sharedWithUs.empty"));
            none.addClassName("empty-state");
            none.setId("shared-empty");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("shared-releases");
        list.addClassName("analysis-list");
        for (Release r : releases) {
            RouterLink read = new RouterLink(
                    getTranslation(
                            "analysis.sharedWithUs.item", r.regionName(), r.edition(), String.valueOf(r.number())),
                    ReleaseView.class,
                    ReleaseView.params(r.id()));
            Span when = new Span(" · "
                    + getTranslation("analysis.sharedWithUs.when", AnalysisFormat.day(r.establishedAt(), getLocale())));
            when.addClassName("muted");
            list.add(new ListItem(read, when));
        }
        add(list);
    }

    // --- helpers

    private void attempt(Runnable change) {
        try {
            change.run();
            reload();
        } catch (AnalysisRuleException | AnalysisConflictException | AccessDeniedException | NoSuchElementException e) {
            reload();
            showError(Translations.explain(e, getLocale()));
        }
    }

    private void showError(@Nullable String message) {
        error.setText(message == null ? getTranslation("analysis.error") : message);
        error.setVisible(true);
    }

    private void reload() {
        Analysis current = analysis;
        analysis = current == null ? analyses.current().orElse(null) : analyses.analysis(current.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.analysis") + " · " + getTranslation("product.short");
    }
}
