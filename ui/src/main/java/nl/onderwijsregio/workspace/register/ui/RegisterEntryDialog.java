package nl.onderwijsregio.workspace.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import nl.onderwijsregio.workspace.register.RegisterConflictException;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterEvent;
import nl.onderwijsregio.workspace.register.RegisterRuleException;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.shell.DateFields;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.team.FormerMembers;
import org.jspecify.annotations.Nullable;

/** One register entry: its details, the next status steps with their date, edit, delete (lead) and history. */
class RegisterEntryDialog extends Dialog {

    private final RegisterService register;
    private final long id;
    private final Runnable changed;
    private final FormerMembers former;
    private final Paragraph error = new Paragraph();

    RegisterEntryDialog(RegisterService register, long id, Runnable changed, FormerMembers former) {
        Dialogs.identify(this, "register-entry");
        this.register = register;
        this.former = former;
        this.id = id;
        this.changed = changed;
        setWidth("min(48rem, 96vw)");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        render();
    }

    private void render() {
        removeAll();
        getFooter().removeAll();
        RegisterEntry entry = register.entry(id);
        setHeaderTitle(entry.what());
        add(RegisterView.statusBadge(entry));
        field("register.column.source", entry.catalogueTitle() != null ? entry.catalogueTitle() : entry.sourceText());
        field(
                "register.column.holder",
                entry.holderName() + " (" + entry.holderKind().label(Translations.current()) + ")"
                        + (entry.bestuursnummer() == null ? "" : ", bestuursnummer " + entry.bestuursnummer()));
        field("register.field.period", entry.period());
        field(
                "register.field.agreementType",
                entry.agreementType() == null
                        ? null
                        : entry.agreementType().label(Translations.current())
                                + (entry.agreementReference() == null ? "" : " · " + entry.agreementReference()));
        field("register.field.retentionUntil", date(entry.retentionUntil()));
        field(
                "register.field.contactName",
                entry.contactName() == null
                        ? null
                        : entry.contactName() + (entry.contactRole() == null ? "" : " (" + entry.contactRole() + ")"));
        field("register.field.notes", entry.notes());
        add(steps(entry), error);
        error.setVisible(false);
        add(history());
        Button edit = new Button(
                getTranslation("catalogue.edit"), e -> new RegisterForm(register, entry, null, saved -> done()).open());
        edit.setId("edit-register-entry");
        if (register.mayDelete()) {
            Button delete = new Button(getTranslation("register.delete"), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-register-entry");
            getFooter().add(delete);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), edit);
    }

    private Div steps(RegisterEntry entry) {
        Div steps = new Div();
        steps.addClassName("register-steps");
        if (entry.status().isFinal()) {
            return steps;
        }
        DatePicker on = DateFields.picker(getTranslation("register.step.date"), LocalDate.now());
        on.setMax(LocalDate.now());
        steps.add(on);
        for (RegisterStatus next : entry.status().next()) {
            Button step = new Button(getTranslation("register.step.to", next.label(Translations.current())), e -> {
                try {
                    register.transition(id, entry.revision(), next, on.getValue());
                    done();
                } catch (RegisterRuleException | RegisterConflictException ex) {
                    error.setText(Translations.explain(ex, getLocale()));
                    error.setVisible(true);
                }
            });
            step.setId("step-" + next.name().toLowerCase());
            steps.add(step);
        }
        return steps;
    }

    private Details history() {
        UnorderedList list = new UnorderedList();
        for (RegisterEvent event : register.history(id)) {
            list.add(new ListItem(
                    Moments.dateTime(event.at(), getLocale()) + " · " + former.displayName(event.actor(), getLocale())
                            + " · " + event.summary().text(getLocale())));
        }
        return new Details(getTranslation("catalogue.history"), list);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("register.delete.title"),
                getTranslation("register.delete.text"),
                getTranslation("register.delete"),
                e -> {
                    try {
                        register.delete(id);
                        close();
                        changed.run();
                    } catch (org.springframework.security.access.AccessDeniedException denied) {
                        error.setText(getTranslation("register.delete.lead.only"));
                        error.setVisible(true);
                    }
                });
        Dialogs.identify(confirm, "register-entry-delete");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void done() {
        changed.run();
        render();
    }

    private void field(String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            Span label = new Span(getTranslation(key));
            label.addClassName("field-label");
            Div row = new Div(label, new Span(value));
            row.addClassName("field");
            add(row);
        }
    }

    private @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : Moments.date(date, getLocale());
    }
}
