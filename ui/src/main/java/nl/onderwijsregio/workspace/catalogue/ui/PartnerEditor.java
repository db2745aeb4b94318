package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import nl.onderwijsregio.workspace.catalogue.PartnerChange;
import nl.onderwijsregio.workspace.catalogue.PartnerMaintenance;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The maintainer's form for a data partner, with what the public DCAT feed needs (organisation IRI, public contact,
 * licence); the service's Dutch validation messages appear at the fields.
 */
class PartnerEditor extends Dialog {

    PartnerEditor(PartnerMaintenance maintenance, DataPartner partner, Runnable saved) {
        Dialogs.identify(this, "catalogue-partner-editor");
        setHeaderTitle(getTranslation("catalogue.partner.edit", partner.name()));
        TextField name = new TextField(getTranslation("catalogue.partner.name"), partner.name(), "");
        TextArea description = new TextArea(getTranslation("catalogue.partner.description"));
        description.setValue(partner.description());
        RadioButtonGroup<String> access = new RadioButtonGroup<>(getTranslation("catalogue.facet.ACCESS"));
        access.setItems("OPEN", "CLOSED");
        access.setItemLabelGenerator(a -> getTranslation("catalogue.access." + a));
        access.setValue(partner.access());
        TextField breakdown = new TextField(getTranslation("catalogue.partner.breakdown"));
        breakdown.setValue(partner.breakdown() == null ? "" : partner.breakdown());
        TextField link = new TextField(getTranslation("catalogue.field.link"));
        link.setValue(partner.link() == null ? "" : partner.link());
        TextField organisation = optional("catalogue.partner.organisationIri", partner.organisationIri());
        organisation.setHelperText(getTranslation("catalogue.partner.organisationIri.help"));
        organisation.setId("partner-organisation-iri");
        TextField email = optional("catalogue.partner.contactEmail", partner.contactEmail());
        email.setHelperText(getTranslation("catalogue.partner.contactEmail.help"));
        email.setId("partner-contact-email");
        TextField licence = optional("catalogue.partner.licence", partner.licence());
        licence.setHelperText(getTranslation("catalogue.partner.licence.help"));
        licence.setId("partner-licence");
        FormLayout form = new FormLayout(name, access, description, breakdown, link, organisation, email, licence);
        form.setColspan(description, 2);
        form.setColspan(organisation, 2);
        form.setColspan(licence, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of(
                "name", name,
                "description", description,
                "breakdown", breakdown,
                "link", link,
                "organisationIri", organisation,
                "contactEmail", email,
                "licence", licence);
        Button save = new Button(getTranslation("action.save"), e -> {
            FieldErrors.clear(fields);
            try {
                maintenance.update(
                        partner.id(),
                        new PartnerChange(
                                name.getValue(),
                                description.getValue(),
                                access.getValue(),
                                breakdown.getValue(),
                                link.getValue(),
                                organisation.getValue(),
                                email.getValue(),
                                licence.getValue()));
                close();
                saved.run();
            } catch (ConstraintViolationException ex) {
                FieldErrors.show(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(44rem, 95vw)");
    }

    private TextField optional(String key, @Nullable String value) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.setWidthFull();
        return field;
    }
}
