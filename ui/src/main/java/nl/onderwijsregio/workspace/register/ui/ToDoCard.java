package nl.onderwijsregio.workspace.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import nl.onderwijsregio.workspace.register.RegisterEntry;

/** One list of the register's to-do panel (waiting for an answer, retention ending, past retention). */
class ToDoCard extends Div {

    ToDoCard(String title, List<RegisterEntry> entries, Consumer<RegisterEntry> open) {
        addClassName("card");
        add(new H2(title + " (" + entries.size() + ")"));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("register.todo.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (RegisterEntry entry : entries.subList(0, Math.min(5, entries.size()))) {
            Button link = new Button(entry.what() + " · " + entry.holderName(), e -> open.accept(entry));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(link));
        }
        add(list);
    }
}
