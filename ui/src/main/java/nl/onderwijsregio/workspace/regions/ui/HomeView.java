package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.onderwijsregio.workspace.activity.Activity;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.shell.WorkspaceSection;

/** The home page of the active region: its profile, neighbours, recent activity and the way into each section. */
@Route("")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final String title;

    public HomeView(RegionChoice choice, RegionService regions, ActivityService activity, ProfileCard profileCard) {
        addClassName("page");
        Region region = choice.current().orElse(null);
        if (region == null) {
            add(new RegionPicker(choice));
            title = getTranslation("product.name");
            return;
        }
        title = region.name() + " · " + getTranslation("product.short");
        H1 heading = new H1(region.name());
        add(heading);
        if (region.demo()) {
            Span badge = new Span(getTranslation("region.demo"));
            badge.addClassName("badge");
            add(badge);
        }
        Div columns = new Div(profileCard, neighbours(regions.neighboursOf(region.id())),
                recentActivity(activity.recent(8)));
        columns.addClassName("cards");
        add(columns, sections());
    }

    private Component neighbours(List<Region> neighbours) {
        Div card = card(getTranslation("home.neighbours"));
        if (neighbours.isEmpty()) {
            card.add(new Paragraph(getTranslation("home.neighbours.none")));
        } else {
            UnorderedList list = new UnorderedList();
            neighbours.forEach(n -> list.add(new ListItem(n.name())));
            card.add(list);
        }
        return card;
    }

    private Component recentActivity(List<Activity> entries) {
        Div card = card(getTranslation("home.activity"));
        if (entries.isEmpty()) {
            card.add(new Paragraph(getTranslation("home.activity.none")));
            return card;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        UnorderedList list = new UnorderedList();
        list.addClassName("activity");
        for (Activity entry : entries) {
            Span when = new Span(format.format(entry.occurredAt().atZoneSameInstant(AMSTERDAM)));
            when.addClassName("muted");
            list.add(new ListItem(new Span(entry.summary() + " · " + entry.actor() + " · "), when));
        }
        card.add(list);
        return card;
    }

    private Component sections() {
        Div grid = new Div();
        grid.addClassName("section-links");
        for (WorkspaceSection section : WorkspaceSection.values()) {
            if (section == WorkspaceSection.HOME) {
                continue;
            }
            Anchor link = new Anchor(section.href(), getTranslation(section.labelKey()));
            Paragraph description = new Paragraph(getTranslation(section.descriptionKey()));
            Div tile = new Div(link, description);
            tile.addClassName("section-tile");
            grid.add(tile);
        }
        H2 heading = new H2(getTranslation("home.sections"));
        return new Div(heading, grid);
    }

    static Div card(String heading) {
        Div card = new Div(new H2(heading));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
