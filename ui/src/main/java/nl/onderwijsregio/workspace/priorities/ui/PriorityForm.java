package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.onderwijsregio.workspace.priorities.FindingLink;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.priorities.PriorityConflictException;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.priorities.PriorityStatus;
import nl.onderwijsregio.workspace.priorities.PriorityTopics;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.FieldErrors;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/** Adds or changes a priority; the service's Dutch messages appear at the fields, typed input stays on a conflict. */
class PriorityForm extends Dialog {

    private static final List<Integer> YEARS =
            IntStream.rangeClosed(2026, 2029).boxed().toList();
    private final TextField title = new TextField();
    private final ComboBox<Topic> topic = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final CheckboxGroup<Sector> sectors = new CheckboxGroup<>();
    private final TextArea measures = new TextArea();
    private final TextField indicator = new TextField();
    private final TextField targetValue = new TextField();
    private final Select<Integer> startYear = new Select<>();
    private final Select<Integer> endYear = new Select<>();
    private final Select<PriorityStatus> status = new Select<>();
    private final Checkbox published = new Checkbox();
    private final TextField catalogue = new TextField();
    private final MultiSelectComboBox<Long> findings = new MultiSelectComboBox<>();
    private final Paragraph error = new Paragraph();

    PriorityForm(PriorityService priorities, @Nullable Priority priority, Consumer<Priority> saved) {
        Dialogs.identify(this, "priority-form");
        setHeaderTitle(getTranslation(priority == null ? "priorities.new" : "priorities.edit"));
        label();
        topic.setItems(PriorityTopics.all());
        topic.setItemLabelGenerator(Topic::label);
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
        startYear.setItems(YEARS);
        endYear.setItems(YEARS);
        status.setItems(PriorityStatus.values());
        status.setItemLabelGenerator(v -> v.label(Translations.current()));
        Map<Long, FindingLink> options = findingOptions(priorities, priority);
        findings.setItems(options.keySet());
        findings.setItemLabelGenerator(id -> label(options.get(id)));
        startYear.setValue(2026);
        endYear.setValue(2029);
        status.setValue(PriorityStatus.GEPLAND);
        if (priority != null) {
            fill(priority);
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        FormLayout form = new FormLayout(
                title,
                topic,
                description,
                sectors,
                measures,
                indicator,
                targetValue,
                startYear,
                endYear,
                status,
                catalogue,
                findings,
                published);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(measures, 2);
        form.setColspan(sectors, 2);
        form.setColspan(findings, 2);
        add(form, error);
        Button save = new Button(getTranslation("action.save"), e -> save(priorities, priority, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-priority");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(56rem, 96vw)");
    }

    private void label() {
        title.setLabel(getTranslation("priorities.field.title"));
        title.setId("priority-title");
        topic.setLabel(getTranslation("priorities.field.subTheme"));
        topic.setId("priority-sub-theme");
        description.setLabel(getTranslation("priorities.field.description"));
        sectors.setLabel(getTranslation("priorities.field.sectors"));
        sectors.setId("priority-sectors");
        measures.setLabel(getTranslation("priorities.field.measures"));
        indicator.setLabel(getTranslation("priorities.field.indicator"));
        targetValue.setLabel(getTranslation("priorities.field.targetValue"));
        startYear.setLabel(getTranslation("priorities.field.startYear"));
        startYear.setId("priority-start-year");
        endYear.setLabel(getTranslation("priorities.field.endYear"));
        endYear.setId("priority-end-year");
        status.setLabel(getTranslation("priorities.field.status"));
        published.setLabel(getTranslation("priorities.field.published"));
        published.setId("priority-published");
        catalogue.setLabel(getTranslation("priorities.field.catalogue"));
        catalogue.setHelperText(getTranslation("priorities.field.catalogue.help"));
        findings.setLabel(getTranslation("priorities.field.findings"));
        findings.setHelperText(getTranslation("priorities.field.findings.help"));
        findings.setId("priority-findings");
    }

    /** The region's findings to choose from, plus any linked one beyond them (so a change keeps it). */
    private static Map<Long, FindingLink> findingOptions(PriorityService priorities, @Nullable Priority priority) {
        Map<Long, FindingLink> options = new LinkedHashMap<>();
        priorities.findingOptions().forEach(f -> options.put(f.findingId(), f));
        if (priority != null) {
            priority.findingLinks().forEach(f -> options.putIfAbsent(f.findingId(), f));
        }
        return options;
    }

    private String label(FindingLink f) {
        return f.published() ? f.title() : getTranslation("priorities.finding.draft", f.title());
    }

    private void fill(Priority p) {
        title.setValue(p.title());
        topic.setValue(p.topic());
        description.setValue(p.description());
        sectors.setValue(java.util.Set.copyOf(p.sectors()));
        measures.setValue(text(p.measures()));
        indicator.setValue(text(p.indicator()));
        targetValue.setValue(text(p.targetValue()));
        startYear.setValue(p.startYear());
        endYear.setValue(p.endYear());
        status.setValue(p.status());
        published.setValue(p.published());
        catalogue.setValue(PriorityDetails.links(p));
        findings.setValue(p.findingLinks().stream().map(FindingLink::findingId).toList());
    }

    private void save(PriorityService priorities, @Nullable Priority priority, Consumer<Priority> saved) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("title", title),
                Map.entry("theme", topic),
                Map.entry("topicKnown", topic),
                Map.entry("description", description),
                Map.entry("sectors", sectors),
                Map.entry("measures", measures),
                Map.entry("indicator", indicator),
                Map.entry("targetWithIndicator", indicator),
                Map.entry("targetValue", targetValue),
                Map.entry("startYear", startYear),
                Map.entry("endYear", endYear),
                Map.entry("periodInOrder", endYear));
        FieldErrors.clear(fields);
        error.setVisible(false);
        Topic about = topic.getValue();
        PriorityDraft draft = new PriorityDraft(
                title.getValue(),
                about == null ? null : about.theme(),
                about == null ? null : about.subTheme(),
                description.getValue(),
                List.copyOf(sectors.getValue()),
                measures.getValue(),
                indicator.getValue(),
                targetValue.getValue(),
                startYear.getValue(),
                endYear.getValue(),
                status.getValue(),
                published.getValue(),
                Arrays.stream(catalogue.getValue().split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                List.copyOf(findings.getValue()));
        try {
            Priority result = priority == null
                    ? priorities.create(draft)
                    : priorities.update(priority.id(), priority.revision(), draft);
            close();
            saved.accept(result);
        } catch (ConstraintViolationException e) {
            FieldErrors.show(e, fields);
        } catch (PriorityConflictException e) {
            error.setText(Translations.explain(e, getLocale()));
            error.setVisible(true);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
