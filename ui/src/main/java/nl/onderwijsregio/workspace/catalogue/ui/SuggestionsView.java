package nl.onderwijsregio.workspace.catalogue.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.CATALOGUE_ADMIN;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.onderwijsregio.workspace.catalogue.CatalogueConflictException;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.catalogue.Suggestion;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;

/** Suggestions for the catalogue: the region's own with their outcome, or the maintainer's queue with decisions. */
@Route("catalogus/voorstellen")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER, CATALOGUE_ADMIN})
public class SuggestionsView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogueSuggestions suggestions;
    private final CatalogueService catalogue;
    private final boolean maintainer;
    private final Grid<Suggestion> grid = new Grid<>();

    public SuggestionsView(CatalogueSuggestions suggestions, CatalogueService catalogue, CurrentUser currentUser) {
        this.suggestions = suggestions;
        this.catalogue = catalogue;
        this.maintainer = currentUser.require().has(Role.CATALOGUE_ADMIN);
        addClassName("page");
        add(
                new H1(getTranslation("suggestion.title")),
                new Paragraph(getTranslation(maintainer ? "suggestion.queue.intro" : "suggestion.own.intro")),
                new Anchor("catalogus", getTranslation("catalogue.back")));
        grid.addColumn(s -> Moments.date(s.suggestedAt(), getLocale()))
                .setHeader(getTranslation("suggestion.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (maintainer) {
            grid.addColumn(Suggestion::regionName)
                    .setHeader(getTranslation("suggestion.region"))
                    .setAutoWidth(true);
        }
        grid.addColumn(this::about)
                .setHeader(getTranslation("suggestion.about"))
                .setFlexGrow(2);
        grid.addColumn(Suggestion::proposal)
                .setHeader(getTranslation("suggestion.proposal"))
                .setFlexGrow(3);
        grid.addColumn(s -> ChangeSummary.of(
                        getTranslation("suggestion.status." + s.status()),
                        s.decisionNote() == null ? null : s.decisionNote().text(getLocale())))
                .setHeader(getTranslation("suggestion.status"))
                .setFlexGrow(2);
        if (maintainer) {
            grid.addComponentColumn(this::decisions)
                    .setHeader(getTranslation("admin.actions"))
                    .setAutoWidth(true);
        }
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("suggestion.title"));
        grid.setEmptyStateText(getTranslation("suggestion.none"));
        add(grid);
        refresh();
    }

    private HorizontalLayout decisions(Suggestion suggestion) {
        if (!suggestion.open()) {
            return new HorizontalLayout();
        }
        // the visible word first (WCAG 2.5.3), then which suggestion: a screen reader's list of buttons tells the rows
        // apart
        String proposal = suggestion.proposal().strip();
        String excerpt =
                proposal.length() <= 60 ? proposal : proposal.substring(0, 59).strip() + "…";
        String row = ": " + about(suggestion) + " – " + excerpt + " (" + suggestion.regionName() + ")";
        Button accept = new Button(getTranslation("suggestion.accept"), e -> accept(suggestion));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        accept.setAriaLabel(getTranslation("suggestion.accept") + row);
        accept.setId("accept-suggestion-" + suggestion.id());
        Button decline = new Button(getTranslation("suggestion.decline"), e -> decline(suggestion));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        decline.setAriaLabel(getTranslation("suggestion.decline") + row);
        decline.setId("decline-suggestion-" + suggestion.id());
        return new HorizontalLayout(accept, decline);
    }

    private String about(Suggestion s) {
        return s.entryInformation() == null
                ? getTranslation("suggestion.kind.NEW")
                : getTranslation("suggestion.kind.CORRECTION") + ": " + s.entryInformation();
    }

    private void accept(Suggestion suggestion) {
        CatalogueEntry entry = suggestion.entryId() == null
                ? null
                : catalogue.entry(suggestion.entryId()).orElse(null);
        int revision = entry == null ? 0 : entry.revision();
        new EntryEditor(
                        catalogue.partners(),
                        entry,
                        getTranslation("suggestion.editor.note", suggestion.regionName(), suggestion.proposal()),
                        change -> {
                            Suggestion done = suggestions.accept(suggestion.id(), change, revision);
                            return catalogue.entry(done.appliedEntry()).orElseThrow();
                        },
                        saved -> {
                            refresh();
                            Notification.show(getTranslation("suggestion.accepted"))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        })
                .open();
    }

    private void decline(Suggestion suggestion) {
        TextField reason = new TextField(getTranslation("suggestion.reason"));
        reason.setWidthFull();
        reason.setRequired(true);
        ConfirmDialog dialog = Dialogs.identify(new ConfirmDialog(), "suggestion-decline");
        // the page has no h2: the dialog's default h3 header would skip a heading level (axe heading-order)
        dialog.setHeader(new H2(getTranslation("suggestion.decline.title")));
        dialog.add(new Paragraph(suggestion.proposal()), reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("suggestion.decline"));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                suggestions.decline(suggestion.id(), reason.getValue());
                refresh();
            } catch (CatalogueConflictException ex) {
                Notification.show(Translations.explain(ex, getLocale()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(maintainer ? suggestions.queue() : suggestions.ownRegion());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suggestion.title") + " · " + getTranslation("product.short");
    }
}
