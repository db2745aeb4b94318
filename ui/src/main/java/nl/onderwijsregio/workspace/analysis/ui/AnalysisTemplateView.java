package nl.onderwijsregio.workspace.analysis.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.CATALOGUE_ADMIN;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.analysis.AnalysisConflictException;
import nl.onderwijsregio.workspace.analysis.AnalysisRuleException;
import nl.onderwijsregio.workspace.analysis.AnalysisTemplateService;
import nl.onderwijsregio.workspace.analysis.TemplateChapter;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.springframework.security.access.AccessDeniedException;

/**
 * The national chapter template, for the catalogue maintainer: the chapters new editions start with (title,
 * guidance, themes; exactly one generated source account), reordered, added and removed (after confirming). Editions
 * already started keep their chapters.
 */
@StyleSheet("analysis.css")
@Route("analyse/sjabloon")
@RolesAllowed(CATALOGUE_ADMIN)
public class AnalysisTemplateView extends VerticalLayout implements HasDynamicTitle {

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]\\.(\\w+)$");

    private final AnalysisTemplateService templates;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private List<TemplateChapter> opened = List.of();
    private final Paragraph error = new Paragraph();

    public AnalysisTemplateView(AnalysisTemplateService templates) {
        this.templates = templates;
        addClassNames("page", "analysis");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("template-error");
        error.setVisible(false);
        Paragraph note = new Paragraph(getTranslation("analysis.template.note"));
        note.addClassName("notice");
        note.setId("template-note");
        list.setId("template-chapters");
        list.addClassName("template-chapters");
        Button add = new Button(getTranslation("analysis.template.add"), VaadinIcon.PLUS.create(), e -> {
            rows.add(new Row(new TemplateChapter("", "", List.of(), List.of(), false)));
            renderRows();
        });
        add.setId("template-add");
        Button save = new Button(getTranslation("analysis.template.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        Div actions = new Div(add, save);
        actions.addClassName("analysis-actions");
        add(new H1(getTranslation("analysis.template.title")), note, error, list, actions);
        opened = templates.chapters();
        opened.forEach(c -> rows.add(new Row(c)));
        renderRows();
    }

    private void renderRows() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            list.add(rows.get(i).render(i));
        }
    }

    private void save() {
        error.setVisible(false);
        rows.forEach(Row::clearErrors);
        try {
            List<TemplateChapter> saved =
                    templates.replace(opened, rows.stream().map(Row::value).toList());
            opened = saved;
            rows.clear();
            saved.forEach(c -> rows.add(new Row(c)));
            renderRows();
            Notification.show(getTranslation("analysis.template.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                Matcher m = ROW.matcher(violation.getPropertyPath().toString());
                if (m.find() && Integer.parseInt(m.group(1)) < rows.size()) {
                    rows.get(Integer.parseInt(m.group(1)))
                            .error(m.group(2), Translations.explain(violation, getLocale()));
                }
            }
            error.setText(getTranslation("analysis.template.invalid"));
            error.setVisible(true);
        } catch (AnalysisRuleException | AnalysisConflictException | AccessDeniedException e) {
            error.setText(Translations.explain(e, getLocale()));
            error.setVisible(true);
        }
    }

    private void move(Row row, int steps) {
        int from = rows.indexOf(row);
        int to = Math.clamp((long) from + steps, 0, rows.size() - 1);
        rows.add(to, rows.remove(from));
        renderRows();
    }

    private void confirmRemove(Row row) {
        String name =
                row.title.getValue().isBlank() ? getTranslation("analysis.template.untitled") : row.title.getValue();
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("analysis.template.remove.title"),
                getTranslation("analysis.template.remove.text", name),
                getTranslation("analysis.template.remove"),
                e -> {
                    rows.remove(row);
                    renderRows();
                });
        Dialogs.identify(confirm, "template-remove");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** One chapter of the template being edited; its fields keep their values while rows move. */
    private final class Row {

        final TextField title = new TextField();
        final TextArea guidance = new TextArea();
        final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
        final MultiSelectComboBox<SubTheme> subThemes = new MultiSelectComboBox<>();
        final Checkbox generated = new Checkbox();

        Row(TemplateChapter chapter) {
            title.setValue(chapter.title());
            title.setMaxLength(200);
            title.setWidthFull();
            guidance.setValue(chapter.guidance());
            guidance.setMaxLength(4000);
            guidance.setWidthFull();
            themes.setItems(Theme.values());
            themes.setItemLabelGenerator(Theme::label);
            themes.setValue(new java.util.LinkedHashSet<>(chapter.themes()));
            themes.setWidthFull();
            subThemes.setItems(SubTheme.values());
            subThemes.setItemLabelGenerator(ChapterThemesField::label);
            subThemes.setValue(new java.util.LinkedHashSet<>(chapter.subThemes()));
            subThemes.setWidthFull();
            generated.setValue(chapter.generated());
        }

        Div render(int index) {
            String number = String.valueOf(index + 1);
            title.setLabel(getTranslation("analysis.template.field.title", number));
            title.setId("template-title-" + index);
            guidance.setLabel(getTranslation("analysis.template.field.guidance"));
            guidance.setId("template-guidance-" + index);
            themes.setLabel(getTranslation("analysis.template.field.themes"));
            themes.setId("template-themes-" + index);
            subThemes.setLabel(getTranslation("analysis.chapter.subThemesField"));
            subThemes.setHelperText(getTranslation("analysis.chapter.subThemesField.help"));
            subThemes.setId("template-sub-themes-" + index);
            generated.setLabel(getTranslation("analysis.template.field.generated"));
            generated.setId("template-generated-" + index);
            String name = title.getValue().isBlank() ? getTranslation("analysis.template.untitled") : title.getValue();
            Button up = icon(VaadinIcon.ARROW_UP, "analysis.template.up", name, e -> move(this, -1));
            up.setId("template-up-" + index);
            up.setEnabled(index > 0);
            Button down = icon(VaadinIcon.ARROW_DOWN, "analysis.template.down", name, e -> move(this, 1));
            down.setId("template-down-" + index);
            down.setEnabled(index < rows.size() - 1);
            Button remove = icon(VaadinIcon.TRASH, "analysis.template.remove", name, e -> confirmRemove(this));
            remove.setId("template-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div buttons = new Div(up, down, remove);
            buttons.addClassName("priority-actions");
            H2 heading = new H2(getTranslation("analysis.template.chapter", number, name));
            Div row = new Div(heading, title, guidance, themes, subThemes, generated, buttons);
            row.addClassNames("card", "template-chapter");
            return row;
        }

        private Button icon(
                VaadinIcon icon, String key, String name, ComponentEventListener<ClickEvent<Button>> click) {
            Button button = new Button(icon.create(), click);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.setAriaLabel(getTranslation(key) + ": " + name);
            button.setTooltipText(getTranslation(key));
            return button;
        }

        TemplateChapter value() {
            return new TemplateChapter(
                    title.getValue(),
                    guidance.getValue(),
                    themes.getValue().stream().sorted().toList(),
                    subThemes.getValue().stream().sorted().toList(),
                    generated.getValue());
        }

        void clearErrors() {
            title.setInvalid(false);
            guidance.setInvalid(false);
        }

        void error(String property, String message) {
            if (property.equals("title")) {
                title.setErrorMessage(message);
                title.setInvalid(true);
            } else if (property.equals("guidance")) {
                guidance.setErrorMessage(message);
                guidance.setInvalid(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.template.title") + " · " + getTranslation("product.short");
    }
}
