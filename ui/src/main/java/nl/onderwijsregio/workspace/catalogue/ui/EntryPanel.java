package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import nl.onderwijsregio.workspace.catalogue.CatalogueChange;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueMaintenance;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.catalogue.EntryContribution;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Moments;
import org.jspecify.annotations.Nullable;

/** The detail of one entry beside the results: every field, the way to the data, and cautions where due. */
class EntryPanel extends Div {

    private final CatalogueService catalogue;
    private final Runnable close;
    private final @Nullable CatalogueMaintenance maintenance;
    private final @Nullable CatalogueSuggestions suggestions;
    private final Consumer<String> changed;
    private final List<EntryContribution> contributions;
    private final boolean signedIn;

    /**
     * {@code maintenance} is null for people who may not maintain it, {@code suggestions} for non-members; a visitor
     * who is not {@code signedIn} sees no history (it names people).
     */
    EntryPanel(
            CatalogueService catalogue,
            @Nullable CatalogueMaintenance maintenance,
            @Nullable CatalogueSuggestions suggestions,
            List<EntryContribution> contributions,
            boolean signedIn,
            Runnable close,
            Consumer<String> changed) {
        this.contributions = contributions;
        this.signedIn = signedIn;
        this.catalogue = catalogue;
        this.maintenance = maintenance;
        this.suggestions = suggestions;
        this.close = close;
        this.changed = changed;
        addClassName("entry-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("catalogue.detail"));
        setVisible(false);
    }

    void show(@Nullable String entryId) {
        removeAll();
        CatalogueEntry entry = entryId == null ? null : catalogue.entry(entryId).orElse(null);
        setVisible(entry != null);
        if (entry == null) {
            return;
        }
        Button closeButton = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close.run());
        closeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        closeButton.setAriaLabel(getTranslation("action.close"));
        closeButton.addClassName("close");
        H2 title = new H2(entry.information());
        title.setId("entry-title");
        add(closeButton, title);
        if (entry.retired()) {
            Span retired = new Span(getTranslation("catalogue.retired"));
            retired.addClassNames("badge", "badge-closed");
            add(retired);
        }
        if (entry.sensitive()) {
            Paragraph caution = new Paragraph(getTranslation("catalogue.sensitive"));
            caution.addClassName("notice");
            caution.getElement().setAttribute("role", "note");
            add(caution);
        }
        contributions.forEach(c -> c.forEntry(entry).ifPresent(this::add));
        field("catalogue.field.source", entry.source());
        if (entry.partnerName() != null) {
            Anchor partner = new Anchor("catalogus?partner=" + entry.partnerId(), entry.partnerName());
            add(labelled("catalogue.field.partner", partner));
        }
        field("catalogue.field.level", entry.level());
        field(
                "catalogue.field.theme",
                entry.subTheme() == null ? entry.theme() : entry.theme() + " › " + entry.subTheme());
        field("catalogue.field.access", getTranslation("catalogue.access." + entry.access()));
        if (entry.link() != null) {
            Anchor link = new Anchor(entry.link(), entry.link());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(labelled("catalogue.field.link", link));
        }
        field("catalogue.field.hint", entry.navigationHint());
        if (entry.link() == null && entry.navigationHint() == null) {
            field(
                    "catalogue.field.hint",
                    getTranslation(entry.open() ? "catalogue.hint.none.open" : "catalogue.hint.none.closed"));
        }
        if (entry.sameAs() != null) {
            add(labelled("catalogue.field.sameAs", new Anchor("catalogus?bron=" + entry.sameAs(), entry.sameAs())));
        }
        Paragraph revision = new Paragraph(
                signedIn
                        ? getTranslation("catalogue.revision", entry.revision(), entry.updatedBy())
                        : getTranslation("catalogue.revision.public", entry.revision()));
        revision.addClassName("muted");
        add(revision);
        if (maintenance != null) {
            add(maintainerActions(entry, maintenance));
        }
        if (suggestions != null) {
            Button suggest = new Button(
                    getTranslation("suggestion.correction.title"),
                    e -> new SuggestionDialog(suggestions, entry).open());
            suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            suggest.setId("suggest-correction");
            add(suggest);
        }
        if (signedIn) {
            add(history(entry));
        }
    }

    private Div maintainerActions(CatalogueEntry entry, CatalogueMaintenance maintenance) {
        Button edit = new Button(
                getTranslation("catalogue.edit"),
                e -> EntryEditor.forMaintenance(
                                maintenance, catalogue.partners(), entry, saved -> changed.accept(saved.id()))
                        .open());
        edit.setId("edit-entry");
        Button retire = new Button(
                getTranslation(entry.retired() ? "catalogue.reinstate" : "catalogue.retire"),
                e -> confirmRetire(entry, maintenance));
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        retire.setId("retire-entry");
        if (!entry.retired()) {
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Div actions = new Div(edit, retire);
        actions.addClassName("entry-actions");
        return actions;
    }

    private void confirmRetire(CatalogueEntry entry, CatalogueMaintenance maintenance) {
        if (entry.retired()) {
            maintenance.reinstate(entry.id());
            changed.accept(entry.id());
            return;
        }
        TextField reason = new TextField(getTranslation("catalogue.retire.reason"));
        reason.setWidthFull();
        ConfirmDialog confirm = Dialogs.identify(new ConfirmDialog(), "catalogue-retire");
        confirm.setHeader(getTranslation("catalogue.retire.title"));
        confirm.add(new Paragraph(getTranslation("catalogue.retire.text")), reason);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("catalogue.retire"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            maintenance.retire(entry.id(), reason.getValue());
            changed.accept(entry.id());
        });
        confirm.open();
    }

    private Details history(CatalogueEntry entry) {
        UnorderedList list = new UnorderedList();
        for (CatalogueChange change : catalogue.history(entry.id())) {
            list.add(new ListItem(Moments.dateTime(change.occurredAt(), getLocale()) + " · " + change.actor() + " · "
                    + ChangeSummary.of(getTranslation("catalogue.change." + change.action()), change.summary())));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("catalogue.history.none")));
        }
        return new Details(getTranslation("catalogue.history"), list);
    }

    private void field(String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            add(labelled(key, new Span(value)));
        }
    }

    private Div labelled(String key, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("field-label");
        Div row = new Div(label, value);
        row.addClassName("field");
        return row;
    }
}
