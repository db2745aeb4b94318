package nl.onderwijsregio.workspace.register.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.function.Consumer;
import nl.onderwijsregio.workspace.register.AgreementType;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterConflictException;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterRuleException;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.UnknownCatalogueSourceException;
import nl.onderwijsregio.workspace.shell.DateFields;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.FieldErrors;
import nl.onderwijsregio.workspace.shell.Translations;
import org.jspecify.annotations.Nullable;

/**
 * The form for a register entry: metadata about obtained data only, never the data itself. On a conflict the input
 * stays in the form, so nothing typed is lost.
 */
class RegisterForm extends Dialog {

    private final TextField catalogueEntry = new TextField();
    private final TextField sourceText = new TextField();
    private final TextArea what = new TextArea();
    private final TextField granularity = new TextField();
    private final TextField period = new TextField();
    private final ComboBox<HolderKind> holderKind = new ComboBox<>();
    private final TextField holderName = new TextField();
    private final TextField bestuursnummer = new TextField();
    private final DatePicker requestedOn = DateFields.picker();
    private final DatePicker receivedOn = DateFields.picker();
    private final ComboBox<AgreementType> agreementType = new ComboBox<>();
    private final TextField agreementReference = new TextField();
    private final DatePicker agreementSignedOn = DateFields.picker();
    private final TextField legalBasis = new TextField();
    private final DatePicker retentionUntil = DateFields.picker();
    private final TextField contactName = new TextField();
    private final TextField contactRole = new TextField();
    private final TextArea notes = new TextArea();
    private final Paragraph error = new Paragraph();

    RegisterForm(
            RegisterService register,
            @Nullable RegisterEntry entry,
            @Nullable String catalogueEntryId,
            Consumer<RegisterEntry> saved) {
        Dialogs.identify(this, "register-form");
        setHeaderTitle(getTranslation(entry == null ? "register.new" : "register.edit"));
        label();
        holderKind.setItems(HolderKind.values());
        holderKind.setItemLabelGenerator(v -> v.label(Translations.current()));
        agreementType.setItems(AgreementType.values());
        agreementType.setItemLabelGenerator(v -> v.label(Translations.current()));
        agreementType.setClearButtonVisible(true);
        if (entry != null) {
            fill(entry);
        } else if (catalogueEntryId != null) {
            catalogueEntry.setValue(catalogueEntryId);
        }
        Paragraph metadataOnly = new Paragraph(getTranslation("register.metadata.only"));
        metadataOnly.addClassName("notice");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        FormLayout form = new FormLayout(
                catalogueEntry,
                sourceText,
                what,
                granularity,
                period,
                holderKind,
                holderName,
                bestuursnummer,
                requestedOn,
                receivedOn,
                agreementType,
                agreementReference,
                agreementSignedOn,
                legalBasis,
                retentionUntil,
                contactName,
                contactRole,
                notes);
        form.setColspan(what, 2);
        form.setColspan(notes, 2);
        add(metadataOnly, form, error);
        Button save = new Button(getTranslation("action.save"), e -> save(register, entry, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-register");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(56rem, 96vw)");
    }

    private void label() {
        catalogueEntry.setLabel(getTranslation("register.field.catalogueEntry"));
        catalogueEntry.setId("register-catalogue-entry");
        catalogueEntry.setHelperText(getTranslation("register.field.catalogueEntry.help"));
        sourceText.setLabel(getTranslation("register.field.sourceText"));
        sourceText.setId("register-source-text");
        what.setLabel(getTranslation("register.field.what"));
        what.setId("register-what");
        granularity.setLabel(getTranslation("register.field.granularity"));
        period.setLabel(getTranslation("register.field.period"));
        period.setPlaceholder("2022–2025");
        holderKind.setLabel(getTranslation("register.field.holderKind"));
        holderKind.setId("register-holder-kind");
        holderName.setLabel(getTranslation("register.field.holderName"));
        holderName.setId("register-holder-name");
        bestuursnummer.setLabel(getTranslation("register.field.bestuursnummer"));
        requestedOn.setLabel(getTranslation("register.field.requestedOn"));
        receivedOn.setLabel(getTranslation("register.field.receivedOn"));
        agreementType.setLabel(getTranslation("register.field.agreementType"));
        agreementReference.setLabel(getTranslation("register.field.agreementReference"));
        agreementSignedOn.setLabel(getTranslation("register.field.agreementSignedOn"));
        legalBasis.setLabel(getTranslation("register.field.legalBasis"));
        retentionUntil.setLabel(getTranslation("register.field.retentionUntil"));
        contactName.setLabel(getTranslation("register.field.contactName"));
        contactRole.setLabel(getTranslation("register.field.contactRole"));
        notes.setLabel(getTranslation("register.field.notes"));
    }

    private void fill(RegisterEntry e) {
        catalogueEntry.setValue(text(e.catalogueEntryId()));
        sourceText.setValue(text(e.sourceText()));
        what.setValue(e.what());
        granularity.setValue(text(e.granularity()));
        period.setValue(text(e.period()));
        holderKind.setValue(e.holderKind());
        holderName.setValue(e.holderName());
        bestuursnummer.setValue(text(e.bestuursnummer()));
        requestedOn.setValue(e.requestedOn());
        receivedOn.setValue(e.receivedOn());
        agreementType.setValue(e.agreementType());
        agreementReference.setValue(text(e.agreementReference()));
        agreementSignedOn.setValue(e.agreementSignedOn());
        legalBasis.setValue(text(e.legalBasis()));
        retentionUntil.setValue(e.retentionUntil());
        contactName.setValue(text(e.contactName()));
        contactRole.setValue(text(e.contactRole()));
        notes.setValue(text(e.notes()));
    }

    private void save(RegisterService register, @Nullable RegisterEntry entry, Consumer<RegisterEntry> saved) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("sourceText", sourceText),
                Map.entry("what", what),
                Map.entry("granularity", granularity),
                Map.entry("period", period),
                Map.entry("holderKind", holderKind),
                Map.entry("holderName", holderName),
                Map.entry("bestuursnummer", bestuursnummer),
                Map.entry("agreementReference", agreementReference),
                Map.entry("legalBasis", legalBasis),
                Map.entry("contactName", contactName),
                Map.entry("contactRole", contactRole),
                Map.entry("notes", notes),
                Map.entry("catalogueEntryId", catalogueEntry));
        FieldErrors.clear(fields);
        error.setVisible(false);
        RegisterDraft draft = new RegisterDraft(
                blank(catalogueEntry.getValue()),
                blank(sourceText.getValue()),
                what.getValue(),
                blank(granularity.getValue()),
                blank(period.getValue()),
                holderKind.getValue(),
                holderName.getValue(),
                blank(bestuursnummer.getValue()),
                requestedOn.getValue(),
                receivedOn.getValue(),
                agreementType.getValue(),
                blank(agreementReference.getValue()),
                agreementSignedOn.getValue(),
                blank(legalBasis.getValue()),
                retentionUntil.getValue(),
                blank(contactName.getValue()),
                blank(contactRole.getValue()),
                blank(notes.getValue()));
        try {
            RegisterEntry result =
                    entry == null ? register.create(draft) : register.update(entry.id(), entry.revision(), draft);
            close();
            saved.accept(result);
        } catch (ConstraintViolationException e) {
            FieldErrors.show(e, fields);
        } catch (UnknownCatalogueSourceException e) {
            // at the field itself, which the focus scrolls into view: the form is longer than the dialog
            catalogueEntry.setErrorMessage(e.getMessage());
            catalogueEntry.setInvalid(true);
            catalogueEntry.focus();
        } catch (RegisterConflictException | RegisterRuleException e) {
            error.setText(Translations.explain(e, getLocale()));
            error.setVisible(true);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
