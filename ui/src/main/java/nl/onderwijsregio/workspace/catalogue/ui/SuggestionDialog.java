package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import nl.onderwijsregio.workspace.catalogue.CatalogueConflictException;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Translations;
import org.jspecify.annotations.Nullable;

/** A region member proposes a new source, or a correction of {@code entry}, to the catalogue maintainer. */
class SuggestionDialog extends Dialog {

    SuggestionDialog(CatalogueSuggestions suggestions, @Nullable CatalogueEntry entry) {
        Dialogs.identify(this, "catalogue-suggestion");
        setHeaderTitle(getTranslation(entry == null ? "suggestion.new.title" : "suggestion.correction.title"));
        Paragraph intro = new Paragraph(
                entry == null
                        ? getTranslation("suggestion.new.intro")
                        : getTranslation("suggestion.correction.intro", entry.information()));
        TextArea proposal = new TextArea(getTranslation("suggestion.proposal"));
        proposal.setMaxLength(2000);
        proposal.setRequired(true);
        proposal.setWidthFull();
        proposal.setMinHeight("8rem");
        proposal.setId("suggestion-text");
        add(intro, proposal);
        Button send = new Button(getTranslation("suggestion.send"), e -> {
            try {
                suggestions.suggest(entry == null ? null : entry.id(), proposal.getValue());
                close();
                Notification.show(getTranslation("suggestion.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (CatalogueConflictException ex) {
                proposal.setErrorMessage(Translations.explain(ex, getLocale()));
                proposal.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-suggestion");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("min(36rem, 95vw)");
    }
}
