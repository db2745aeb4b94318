package nl.onderwijsregio.workspace.findings.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;
import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.FindingVersion;
import nl.onderwijsregio.workspace.findings.LinkedSources;
import nl.onderwijsregio.workspace.findings.SharedFindings;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.team.Authors;
import nl.onderwijsregio.workspace.team.FormerMembers;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One finding: its text, what it is about and points to, the conversation, and (for its own region) its history.
 * Exposed to other modules, which may link to it (e.g. a priority to the findings that support it).
 */
@NamedInterface("finding-page")
@Route("bevindingen/:id")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER, NATIONAL, PLATFORM_ADMIN})
public class FindingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final FindingService findings;
    private final SharedFindings shared;
    private final boolean regional;
    private final Authors authors;
    private @Nullable Finding finding;
    private FormerMembers former = FormerMembers.none();

    public FindingView(FindingService findings, SharedFindings shared, RegionAccess access, Authors authors) {
        this.findings = findings;
        this.shared = shared;
        this.authors = authors;
        this.regional = access.member();
        addClassName("page");
    }

    static RouteParameters params(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            finding = regional ? findings.get(id) : shared.get(id);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (regional && !isOwnRegion(finding)) {
            findings.markRead(id);
        }
        show(finding);
    }

    private boolean isOwnRegion(Finding f) {
        return ActiveRegion.current().map(f.regionId()::equals).orElse(false);
    }

    private void show(Finding f) {
        removeAll();
        former = authors.ofActiveRegion();
        RouterLink back = new RouterLink(getTranslation("findings.back"), FindingsView.class);
        back.addClassName("back-link");
        H1 title = new H1(f.title());
        title.setId("finding-heading");
        Div meta = new Div(
                new Span(f.regionName()),
                new Span(getTranslation(
                        "findings.by", former.name(f.regionId(), f.createdBy(), f.createdByName(), getLocale()))),
                new Span(f.kind().label(Translations.current())),
                new Span(FindingCard.themeOf(f)),
                new Span(FindingCard.period(f, getLocale())));
        meta.addClassName("finding-meta");
        if (!f.sectors().isEmpty()) {
            meta.add(new Span(f.sectors().stream()
                    .map(s -> getTranslation("sector." + s.name()))
                    .collect(Collectors.joining(", "))));
        }
        Div body = new Div();
        body.addClassName("markdown");
        body.setId("finding-body-html");
        body.getElement().setProperty("innerHTML", f.bodyHtml());
        add(back, title, FindingBadges.of(f), meta, actions(f), body);
        if (regional) {
            links(findings.linkedSources(f.id()));
        }
        add(new CommentThread(findings, shared, f, regional, isOwnRegion(f), former));
        if (isOwnRegion(f)) {
            history(f);
        }
    }

    private Div actions(Finding f) {
        Div actions = new Div();
        actions.addClassName("register-actions");
        if (regional && findings.mayChange(f)) {
            Button edit = new Button(
                    getTranslation("findings.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new FindingForm(findings, f, saved -> show(findings.get(saved.id()))).open());
            edit.setId("edit-finding");
            actions.add(edit);
        }
        if (regional && findings.mayDelete(f)) {
            Button delete =
                    new Button(getTranslation("findings.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete(f));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-finding");
            actions.add(delete);
        }
        return actions;
    }

    private void confirmDelete(Finding f) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("findings.delete.title"),
                getTranslation("findings.delete.text", f.title()),
                getTranslation("findings.delete"),
                e -> {
                    findings.delete(f.id());
                    UI.getCurrent().navigate(FindingsView.class);
                });
        Dialogs.identify(confirm, "finding-delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void links(LinkedSources sources) {
        if (sources.catalogue().isEmpty() && sources.register().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        sources.catalogue()
                .forEach((id, text) -> list.add(new ListItem(
                        new Anchor("catalogus?bron=" + id, getTranslation("findings.link.catalogue", id, text)))));
        sources.register()
                .forEach(
                        (id, text) -> list.add(new ListItem(new Span(getTranslation("findings.link.register", text)))));
        add(new H2(getTranslation("findings.links")), list);
    }

    private void history(Finding f) {
        var versions = findings.history(f.id());
        if (versions.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (FindingVersion v : versions) {
            list.add(new ListItem(Moments.dateTime(v.at(), getLocale()) + " · "
                    + (isOwnRegion(f) ? former.displayName(v.actor(), getLocale()) : v.actor()) + " · "
                    + v.summary().text(getLocale())));
        }
        Details details = new Details(getTranslation("findings.history", versions.size()), list);
        details.setId("finding-history");
        add(details);
    }

    @Override
    public String getPageTitle() {
        return (finding == null ? getTranslation("section.findings") : finding.title()) + " · "
                + getTranslation("product.short");
    }
}
