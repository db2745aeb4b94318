package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.onderwijsregio.workspace.activity.Activity;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.shell.Moments;

/** The home page's "Recente activiteit": read again after a change made on the page and whenever it is shown. */
class ActivityCard extends Div {

    private static final int SHOWN = 8;
    private final ActivityService activity;

    ActivityCard(ActivityService activity) {
        this.activity = activity;
        addClassName("card");
        setId("recent-activity");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    /** Shows the region's newest activity. */
    void refresh() {
        removeAll();
        add(new H2(getTranslation("home.activity")));
        List<Activity> entries = activity.recent(SHOWN);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("home.activity.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("activity");
        for (Activity entry : entries) {
            Span when = new Span(Moments.dateTime(entry.occurredAt(), getLocale()));
            when.addClassName("muted");
            list.add(new ListItem(new Span(entry.summary().text(getLocale()) + " · " + entry.actor() + " · "), when));
        }
        add(list);
    }
}
