package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Shows a long list in a grid a page at a time, with previous / next and where the page is ("21–40 van 137"). */
class GridPages<T> extends Div {

    static final int PAGE_SIZE = 20;
    private final Grid<T> grid;
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span position = new Span();
    private List<T> items = List.of();
    private int page;

    GridPages(Grid<T> grid, String id) {
        this.grid = grid;
        addClassName("grid-pages");
        previous.setText(getTranslation("pages.previous"));
        next.setText(getTranslation("pages.next"));
        previous.setId(id + "-previous");
        next.setId(id + "-next");
        position.setId(id + "-position");
        position.getElement().setAttribute("aria-live", "polite");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> show(page - 1));
        next.addClickListener(e -> show(page + 1));
        add(previous, position, next);
    }

    /** Shows {@code all} from its first page. */
    void setItems(List<T> all) {
        items = List.copyOf(all);
        show(0);
    }

    private void show(int wanted) {
        int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.clamp(wanted, 0, pages - 1);
        int from = page * PAGE_SIZE;
        int to = Math.min(items.size(), from + PAGE_SIZE);
        grid.setItems(items.subList(from, to));
        position.setText(items.isEmpty() ? "" : getTranslation("pages.position", from + 1, to, items.size()));
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages - 1);
        setVisible(pages > 1);
    }
}
