package nl.onderwijsregio.workspace.priorities.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.priorities.PriorityConflictException;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.team.Authors;
import nl.onderwijsregio.workspace.team.FormerMembers;
import org.jspecify.annotations.Nullable;

/**
 * The active region's priorities by rank. The lead adds, edits, deletes (after confirming) and reorders them, by
 * dragging a row or with the keyboard-friendly up and down buttons; members read them.
 */
@Route("prioriteiten")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER})
public class PrioritiesView extends VerticalLayout implements HasDynamicTitle {

    private final PriorityService priorities;
    private final Authors authors;
    private FormerMembers former = FormerMembers.none();
    private final boolean lead;
    private final Grid<Priority> grid = new Grid<>();
    private final Paragraph error = new Paragraph();
    private @Nullable Priority dragged;
    /** The id of the button to give the keyboard focus once the grid shows the new order (after a move). */
    private @Nullable String focusAfterRefresh;
    /** How many priorities the grid shows (the last one cannot move down). */
    private int count;

    public PrioritiesView(PriorityService priorities, RegionAccess access, Authors authors) {
        this.priorities = priorities;
        this.authors = authors;
        this.lead = access.lead();
        addClassName("page");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(
                new H1(getTranslation("section.priorities")),
                PriorityTabs.of(PrioritiesView.class),
                new Paragraph(getTranslation(lead ? "priorities.intro.lead" : "priorities.intro.member")));
        if (lead) {
            Button add = new Button(
                    getTranslation("priorities.new"),
                    VaadinIcon.PLUS.create(),
                    e -> new PriorityForm(priorities, null, saved -> saved(saved, "priorities.added")).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-priority");
            add(add);
        }
        configureGrid();
        add(error, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(Priority::rank)
                .setHeader(getTranslation("priorities.column.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Priority::title)
                .setHeader(getTranslation("priorities.field.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> p.topic().label())
                .setHeader(getTranslation("priorities.field.subTheme"))
                .setTooltipGenerator(p -> p.topic().label())
                .setFlexGrow(2);
        grid.addColumn(Priority::period)
                .setHeader(getTranslation("priorities.column.period"))
                .setAutoWidth(true);
        grid.addComponentColumn(PrioritiesView::badges)
                .setHeader(getTranslation("priorities.field.status"))
                .setAutoWidth(true);
        if (lead) {
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("priorities.column.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.setRowsDraggable(true);
            grid.setDropMode(GridDropMode.BETWEEN);
            grid.addDragStartListener(
                    e -> dragged = e.getDraggedItems().stream().findFirst().orElse(null));
            grid.addDragEndListener(e -> dragged = null);
            grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> dropped(target, e.getDropLocation())));
        }
        grid.setItemDetailsRenderer(
                new com.vaadin.flow.data.renderer.ComponentRenderer<>(p -> new PriorityDetails(p, former)));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("section.priorities"));
        grid.setId("priority-list");
        grid.setEmptyStateText(getTranslation(lead ? "priorities.empty.lead" : "priorities.empty.member"));
        grid.setAllRowsVisible(true);
    }

    static Div badges(Priority p) {
        Span status = new Span(p.status().label(Translations.current()));
        status.addClassNames("badge", "priority-status-" + p.status().name().toLowerCase());
        Span published = new Span(status.getTranslation(p.published() ? "priorities.published" : "priorities.draft"));
        published.addClassNames("badge", p.published() ? "badge-open" : "badge-draft");
        Div badges = new Div(status, published);
        badges.addClassName("priority-badges");
        return badges;
    }

    private Div actions(Priority p) {
        Button up = iconButton(VaadinIcon.ARROW_UP, "priorities.up", p, e -> move(p, -1));
        up.setEnabled(p.rank() > 1);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "priorities.down", p, e -> move(p, 1));
        down.setEnabled(p.rank() < count);
        Button edit = iconButton(
                VaadinIcon.EDIT,
                "priorities.edit",
                p,
                e -> new PriorityForm(priorities, p, saved -> saved(saved, "priorities.saved")).open());
        Button delete = iconButton(VaadinIcon.TRASH, "priorities.delete", p, e -> confirmDelete(p));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(up, down, edit, delete);
        actions.addClassName("priority-actions");
        return actions;
    }

    private Button iconButton(
            VaadinIcon icon,
            String key,
            Priority p,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        String label = getTranslation(key) + ": " + p.title();
        button.setAriaLabel(label);
        button.setTooltipText(getTranslation(key));
        button.setId(key.substring(key.indexOf('.') + 1) + "-" + p.id());
        return button;
    }

    /**
     * Moves the priority and keeps the keyboard focus on the moved row's same button (or, at the top or the bottom,
     * where that one is disabled, on its other arrow): the grid renders the rows anew, which would otherwise drop the
     * focus to the page body.
     */
    private void move(Priority p, int steps) {
        int to = Math.clamp((long) p.rank() + steps, 1, Math.max(1, count));
        boolean sameArrow = steps < 0 ? to > 1 : to < count;
        focusAfterRefresh = ((steps < 0) == sameArrow ? "up-" : "down-") + p.id();
        attempt(() -> priorities.move(p.id(), steps));
    }

    /**
     * Focuses the element with this id once the grid has rendered it in a shown row, and again whenever the focus
     * falls to the page body while the grid is still rendering (it renders its rows asynchronously, and once more just
     * after: a button focused too early is replaced and the focus lost), until it has stayed there for a moment.
     */
    static void focusWhenRendered(com.vaadin.flow.component.Component anyInUi, String id) {
        anyInUi.getElement().executeJs("""
                        let tries = 0;
                        let steady = 0;
                        const focused = target => {
                          let active = document.activeElement;
                          while (active && active !== target) {
                            active = active.shadowRoot ? active.shadowRoot.activeElement : null;
                          }
                          return active === target;
                        };
                        const step = () => {
                          const target = document.getElementById($0);
                          const shown = !!target && target.isConnected && target.getClientRects().length > 0
                            && !target.hasAttribute('disabled');
                          const lost = !document.activeElement || document.activeElement === document.body;
                          if (shown && focused(target)) {
                            steady++;
                          } else {
                            steady = 0;
                            if (shown && lost) {
                              target.focus();
                            }
                          }
                          if (steady < 6 && tries++ < 80) {
                            setTimeout(step, 50);
                          }
                        };
                        setTimeout(step, 0);""", id);
    }

    private void dropped(Priority target, GridDropLocation location) {
        Priority moving = dragged;
        if (moving == null || moving.id() == target.id() || location == GridDropLocation.EMPTY) {
            return;
        }
        List<Long> order =
                new ArrayList<>(priorities.own().stream().map(Priority::id).toList());
        order.remove(moving.id());
        int at = order.indexOf(target.id()) + (location == GridDropLocation.BELOW ? 1 : 0);
        order.add(Math.max(0, at), moving.id());
        attempt(() -> priorities.reorder(order));
    }

    private void confirmDelete(Priority p) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("priorities.delete.title"),
                getTranslation("priorities.delete.text", p.title()),
                getTranslation("priorities.delete"),
                e -> {
                    focusAfterRefresh = lead ? "new-priority" : null;
                    attempt(() -> priorities.delete(p.id()));
                });
        Dialogs.identify(confirm, "priority-delete");
        // the page has no h2: the dialog's default h3 header would skip a heading level (axe heading-order)
        confirm.setHeader(new H2(getTranslation("priorities.delete.title")));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void attempt(Runnable change) {
        error.setVisible(false);
        try {
            change.run();
        } catch (PriorityConflictException e) {
            error.setText(Translations.explain(e, getLocale()));
            error.setVisible(true);
        }
        refresh();
    }

    private void saved(Priority priority, String key) {
        Notification.show(getTranslation(key, priority.title()));
        refresh();
    }

    private void refresh() {
        former = authors.ofActiveRegion();
        List<Priority> own = priorities.own();
        count = own.size();
        grid.setItems(own);
        if (focusAfterRefresh != null) {
            focusWhenRendered(grid, focusAfterRefresh);
            focusAfterRefresh = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.priorities") + " · " + getTranslation("product.short");
    }
}
