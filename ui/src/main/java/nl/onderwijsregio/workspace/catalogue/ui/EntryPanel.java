package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import org.jspecify.annotations.Nullable;

/** The detail of one entry beside the results: every field, the way to the data, and cautions where due. */
class EntryPanel extends Div {

    private final CatalogueService catalogue;
    private final Runnable close;

    EntryPanel(CatalogueService catalogue, Runnable close) {
        this.catalogue = catalogue;
        this.close = close;
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
        if (entry.sensitive()) {
            Paragraph caution = new Paragraph(getTranslation("catalogue.sensitive"));
            caution.addClassName("notice");
            caution.getElement().setAttribute("role", "note");
            add(caution);
        }
        field("catalogue.field.source", entry.source());
        if (entry.partnerName() != null) {
            Anchor partner = new Anchor("catalogus?partner=" + entry.partnerId(), entry.partnerName());
            add(labelled("catalogue.field.partner", partner));
        }
        field("catalogue.field.level", entry.level());
        field("catalogue.field.theme", entry.subTheme() == null ? entry.theme()
                : entry.theme() + " › " + entry.subTheme());
        field("catalogue.field.access", getTranslation("catalogue.access." + entry.access()));
        if (entry.link() != null) {
            Anchor link = new Anchor(entry.link(), entry.link());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(labelled("catalogue.field.link", link));
        }
        field("catalogue.field.hint", entry.navigationHint());
        if (entry.link() == null && entry.navigationHint() == null) {
            field("catalogue.field.hint", getTranslation(entry.open() ? "catalogue.hint.none.open"
                    : "catalogue.hint.none.closed"));
        }
        if (entry.sameAs() != null) {
            add(labelled("catalogue.field.sameAs", new Anchor("catalogus?bron=" + entry.sameAs(), entry.sameAs())));
        }
        Paragraph revision = new Paragraph(getTranslation("catalogue.revision", entry.revision(), entry.updatedBy()));
        revision.addClassName("muted");
        add(revision);
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
