package nl.onderwijsregio.workspace.findings.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingConflictException;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingRuleException;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.LinkOptions;
import nl.onderwijsregio.workspace.findings.Markdown;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.shell.DateFields;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.FieldErrors;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing or changing a finding: the text in Markdown (with a preview), what it is about, where it comes from, and
 * whether and with whom it is shared. On an error the input stays, so nothing typed is lost.
 */
class FindingForm extends Dialog {

    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<SubTheme> subTheme = new ComboBox<>();
    private final ComboBox<FindingKind> kind = new ComboBox<>();
    private final DatePicker observedFrom = DateFields.picker();
    private final DatePicker observedUntil = DateFields.picker();
    private final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> catalogue = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Long> register = new MultiSelectComboBox<>();
    private final RadioButtonGroup<Boolean> published = new RadioButtonGroup<>();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final Paragraph error = new Paragraph();

    FindingForm(FindingService findings, @Nullable Finding finding, Consumer<Finding> saved) {
        Dialogs.identify(this, "finding-form");
        setHeaderTitle(getTranslation(finding == null ? "findings.new" : "findings.edit"));
        LinkOptions options = findings.linkOptions();
        label(options);
        if (finding != null) {
            fill(finding);
        } else {
            observedFrom.setValue(LocalDate.now());
            published.setValue(false);
            visibility.setValue(Visibility.NEIGHBOURS);
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        TabSheet text = new TabSheet();
        text.add(getTranslation("findings.write"), body);
        text.add(getTranslation("findings.preview"), preview);
        text.addSelectedChangeListener(
                e -> preview.getElement().setProperty("innerHTML", Markdown.toSafeHtml(body.getValue())));
        text.setWidthFull();
        FormLayout form = new FormLayout(
                theme,
                subTheme,
                kind,
                observedFrom,
                observedUntil,
                sectors,
                catalogue,
                register,
                published,
                visibility);
        form.setColspan(catalogue, 2);
        form.setColspan(register, 2);
        form.setColspan(visibility, 2);
        title.setWidthFull();
        add(title, text, form, error);
        Button save = new Button(getTranslation("action.save"), e -> save(findings, finding, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-finding");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(60rem, 96vw)");
    }

    private void label(LinkOptions options) {
        title.setLabel(getTranslation("findings.field.title"));
        title.setId("finding-title");
        title.setMaxLength(200);
        body.setLabel(getTranslation("findings.field.body"));
        body.setHelperText(getTranslation("findings.field.body.help"));
        body.setId("finding-body");
        body.setWidthFull();
        body.setMinHeight("10rem");
        preview.addClassName("markdown");
        theme.setLabel(getTranslation("findings.field.theme"));
        theme.setId("finding-theme");
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(Theme::label);
        theme.addValueChangeListener(e -> {
            List<SubTheme> subs =
                    e.getValue() == null ? List.of() : e.getValue().subThemes();
            subTheme.setItems(subs);
            subTheme.setEnabled(!subs.isEmpty());
        });
        subTheme.setLabel(getTranslation("findings.field.subTheme"));
        subTheme.setId("finding-sub-theme");
        subTheme.setItemLabelGenerator(SubTheme::label);
        subTheme.setClearButtonVisible(true);
        subTheme.setEnabled(false);
        kind.setLabel(getTranslation("findings.field.kind"));
        kind.setId("finding-kind");
        kind.setItems(FindingKind.values());
        kind.setItemLabelGenerator(v -> v.label(Translations.current()));
        observedFrom.setLabel(getTranslation("findings.field.observedFrom"));
        observedUntil.setLabel(getTranslation("findings.field.observedUntil"));
        observedUntil.setHelperText(getTranslation("findings.field.observedUntil.help"));
        sectors.setLabel(getTranslation("findings.field.sectors"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
        catalogue.setLabel(getTranslation("findings.field.catalogue"));
        catalogue.setItems(options.catalogue().keySet());
        catalogue.setItemLabelGenerator(id -> id + " · " + options.catalogue().get(id));
        register.setLabel(getTranslation("findings.field.register"));
        register.setItems(options.register().keySet());
        register.setItemLabelGenerator(id -> options.register().getOrDefault(id, "#" + id));
        register.setHelperText(getTranslation("findings.field.register.help"));
        published.setLabel(getTranslation("findings.field.state"));
        published.setItems(false, true);
        published.setItemLabelGenerator(p -> getTranslation(p ? "findings.state.publish" : "findings.state.draft"));
        published.setId("finding-published");
        visibility.setLabel(getTranslation("findings.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> v.label(Translations.current()));
        visibility.setHelperText(getTranslation("findings.field.visibility.help"));
        visibility.setId("finding-visibility");
    }

    private void fill(Finding f) {
        title.setValue(f.title());
        body.setValue(f.body());
        theme.setValue(f.theme());
        subTheme.setValue(f.subTheme());
        kind.setValue(f.kind());
        observedFrom.setValue(f.observedFrom());
        observedUntil.setValue(f.observedUntil());
        sectors.setValue(f.sectors());
        catalogue.setValue(f.catalogueEntryIds());
        register.setValue(f.registerEntryIds());
        published.setValue(f.published());
        visibility.setValue(f.visibility());
    }

    private void save(FindingService findings, @Nullable Finding finding, Consumer<Finding> saved) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("title", title),
                Map.entry("body", body),
                Map.entry("theme", theme),
                Map.entry("themeKnown", subTheme),
                Map.entry("kind", kind),
                Map.entry("observedFrom", observedFrom),
                Map.entry("periodInOrder", observedUntil),
                Map.entry("catalogueEntryIds", catalogue),
                Map.entry("registerEntryIds", register),
                Map.entry("visibility", visibility));
        FieldErrors.clear(fields);
        error.setVisible(false);
        FindingDraft draft = new FindingDraft(
                title.getValue(),
                body.getValue(),
                theme.getValue(),
                subTheme.getValue(),
                kind.getValue(),
                observedFrom.getValue(),
                observedUntil.getValue(),
                sectors.getValue(),
                List.copyOf(catalogue.getSelectedItems()),
                List.copyOf(register.getSelectedItems()),
                Boolean.TRUE.equals(published.getValue()),
                visibility.getValue());
        try {
            Finding result =
                    finding == null ? findings.create(draft) : findings.update(finding.id(), finding.revision(), draft);
            close();
            saved.accept(result);
        } catch (ConstraintViolationException e) {
            FieldErrors.show(e, fields);
        } catch (FindingConflictException | FindingRuleException | AccessDeniedException e) {
            error.setText(Translations.explain(e, getLocale()));
            error.setVisible(true);
        }
    }
}
