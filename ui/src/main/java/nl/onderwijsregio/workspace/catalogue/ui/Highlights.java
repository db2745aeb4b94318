package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import nl.onderwijsregio.workspace.catalogue.SearchHit;

/** Renders a highlighted text as text nodes and {@code <mark>} elements: never as HTML, so nothing can be injected. */
final class Highlights {

    private Highlights() {}

    static void appendTo(HasComponents target, String highlighted) {
        String rest = highlighted;
        while (true) {
            int start = rest.indexOf(SearchHit.START);
            int stop = start < 0 ? -1 : rest.indexOf(SearchHit.STOP, start);
            if (start < 0 || stop < 0) {
                target.add(new Text(rest));
                return;
            }
            target.add(new Text(rest.substring(0, start)));
            Span mark = new Span(rest.substring(start + 1, stop));
            mark.getElement().setAttribute("class", "mark");
            target.add(mark);
            rest = rest.substring(stop + 1);
        }
    }
}
