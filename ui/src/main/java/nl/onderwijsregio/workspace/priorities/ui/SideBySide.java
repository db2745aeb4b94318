package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.themes.Topic;

/** One column per region with its ranked priorities; priorities in a shared topic are marked. */
class SideBySide extends Div {

    SideBySide(Comparison comparison) {
        addClassName("priority-columns");
        setId("priority-columns");
        Set<Topic> shared = comparison.matrix().stream()
                .filter(Comparison.MatrixRow::shared)
                .map(Comparison.MatrixRow::topic)
                .collect(Collectors.toSet());
        for (Comparison.Column column : comparison.columns()) {
            Section section = new Section(new H3(column.region().name()
                    + (column.own() ? " (" + getTranslation("priorities.compare.own") + ")" : "")));
            section.addClassName("priority-column");
            if (column.priorities().isEmpty()) {
                section.add(new Paragraph(getTranslation("priorities.compare.none")));
            }
            OrderedList list = new OrderedList();
            for (Priority p : column.priorities()) {
                ListItem item = new ListItem(new Span(p.title()), themeLine(p));
                if (shared.contains(p.topic())) {
                    item.addClassName("shared");
                    Span mark = new Span(getTranslation("priorities.matrix.shared"));
                    mark.addClassNames("badge", "badge-shared");
                    item.add(mark);
                }
                if (!p.published()) {
                    Span draft = new Span(getTranslation("priorities.draft"));
                    draft.addClassNames("badge", "badge-draft");
                    item.add(draft);
                }
                list.add(item);
            }
            section.add(list);
            add(section);
        }
    }

    private static Span themeLine(Priority p) {
        Span line = new Span(
                p.topic().label() + " · " + p.period() + " · " + p.status().label(Translations.current()));
        line.addClassName("priority-theme-line");
        return line;
    }
}
