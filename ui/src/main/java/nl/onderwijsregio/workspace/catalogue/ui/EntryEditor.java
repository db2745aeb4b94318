package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.onderwijsregio.workspace.catalogue.CatalogueConflictException;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.CatalogueMaintenance;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import nl.onderwijsregio.workspace.catalogue.EntryChange;
import nl.onderwijsregio.workspace.catalogue.source.Granularity;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.FieldErrors;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/** The maintainer's form for a new or changed entry; the service validates and its Dutch messages show here. */
class EntryEditor extends Dialog {

    private final ComboBox<String> theme = new ComboBox<>();
    private final TextField subTheme = new TextField();
    private final TextArea information = new TextArea();
    private final TextField source = new TextField();
    private final TextField level = new TextField();
    private final TextField link = new TextField();
    private final TextField hint = new TextField();
    private final RadioButtonGroup<String> access = new RadioButtonGroup<>();
    private final CheckboxGroup<Sector> sectors = new CheckboxGroup<>();
    private final MultiSelectComboBox<Granularity> granularities = new MultiSelectComboBox<>();
    private final ComboBox<DataPartner> partner = new ComboBox<>();
    private final Paragraph error = new Paragraph();

    /** Saves the submitted change: add, update, or accept a suggestion with it. */
    @FunctionalInterface
    interface Save {
        CatalogueEntry apply(EntryChange change);
    }

    /** The form for {@code entry} (null: a new one), saving through the maintenance service as add or update. */
    static EntryEditor forMaintenance(
            CatalogueMaintenance maintenance,
            List<DataPartner> partners,
            @Nullable CatalogueEntry entry,
            Consumer<CatalogueEntry> saved) {
        return new EntryEditor(
                partners,
                entry,
                null,
                change -> entry == null
                        ? maintenance.add(change)
                        : maintenance.update(entry.id(), entry.revision(), change),
                saved);
    }

    EntryEditor(
            List<DataPartner> partners,
            @Nullable CatalogueEntry entry,
            @Nullable String note,
            Save save,
            Consumer<CatalogueEntry> saved) {
        Dialogs.identify(this, "catalogue-entry-editor");
        setHeaderTitle(getTranslation(entry == null ? "catalogue.edit.new" : "catalogue.edit.title"));
        theme.setLabel(getTranslation("catalogue.field.theme"));
        theme.setItems(Arrays.stream(Theme.values()).map(Theme::label).toList());
        subTheme.setLabel(getTranslation("catalogue.edit.subTheme"));
        information.setLabel(getTranslation("catalogue.edit.information"));
        information.setId("entry-information");
        source.setLabel(getTranslation("catalogue.field.source"));
        level.setLabel(getTranslation("catalogue.field.levelText"));
        link.setLabel(getTranslation("catalogue.field.link"));
        link.setPlaceholder("https://");
        hint.setLabel(getTranslation("catalogue.field.hint"));
        access.setLabel(getTranslation("catalogue.field.access"));
        access.setItems("OPEN", "CLOSED");
        access.setItemLabelGenerator(a -> getTranslation("catalogue.access." + a));
        sectors.setLabel(getTranslation("catalogue.facet.SECTOR"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
        granularities.setLabel(getTranslation("catalogue.field.granularities"));
        granularities.setItems(Granularity.values());
        granularities.setItemLabelGenerator(v -> v.label(Translations.current()));
        partner.setLabel(getTranslation("catalogue.field.partner"));
        partner.setItems(partners);
        partner.setItemLabelGenerator(DataPartner::name);
        partner.setClearButtonVisible(true);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        EntryChange start = entry == null
                ? new EntryChange("", null, "", "", null, null, null, "CLOSED", List.of(), List.of(), null)
                : EntryChange.of(entry);
        fill(start, partners);
        FormLayout form = new FormLayout(
                theme, subTheme, information, source, level, link, hint, access, sectors, granularities, partner);
        form.setColspan(information, 2);
        if (note != null) {
            Paragraph proposal = new Paragraph(note);
            proposal.addClassName("notice");
            add(proposal);
        }
        add(form, error);
        Button ok = new Button(getTranslation("action.save"), e -> save(save, saved));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("save-entry");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
        setWidth("min(48rem, 95vw)");
    }

    private void fill(EntryChange c, List<DataPartner> partners) {
        theme.setValue(c.theme().isEmpty() ? null : c.theme());
        subTheme.setValue(c.subTheme() == null ? "" : c.subTheme());
        information.setValue(c.information());
        source.setValue(c.source());
        level.setValue(c.level() == null ? "" : c.level());
        link.setValue(c.link() == null ? "" : c.link());
        hint.setValue(c.navigationHint() == null ? "" : c.navigationHint());
        access.setValue(c.access());
        sectors.setValue(new HashSet<>(c.sectors().stream().map(Sector::valueOf).toList()));
        granularities.setValue(new HashSet<>(
                c.granularities().stream().map(Granularity::valueOf).toList()));
        partner.setValue(partners.stream()
                .filter(p -> p.id().equals(c.partnerId()))
                .findFirst()
                .orElse(null));
    }

    private void save(Save save, Consumer<CatalogueEntry> saved) {
        Map<String, HasValidation> fields = Map.of(
                "theme",
                theme,
                "subTheme",
                subTheme,
                "information",
                information,
                "source",
                source,
                "level",
                level,
                "link",
                link,
                "navigationHint",
                hint);
        FieldErrors.clear(fields);
        error.setVisible(false);
        EntryChange change = new EntryChange(
                theme.getValue(),
                subTheme.getValue(),
                information.getValue(),
                source.getValue(),
                level.getValue(),
                link.getValue(),
                hint.getValue(),
                access.getValue(),
                sectors.getValue().stream().map(Enum::name).toList(),
                granularities.getValue().stream().map(Enum::name).toList(),
                partner.getValue() == null ? null : partner.getValue().id());
        try {
            CatalogueEntry result = save.apply(change);
            close();
            saved.accept(result);
        } catch (ConstraintViolationException e) {
            FieldErrors.show(e, fields);
        } catch (CatalogueConflictException e) {
            error.setText(Translations.explain(e, getLocale()));
            error.setVisible(true);
        }
    }
}
