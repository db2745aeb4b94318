package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.Component;
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
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionAreaService;
import nl.onderwijsregio.workspace.regions.RegionKind;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import nl.onderwijsregio.workspace.shell.SectionLinks;

/**
 * The home page: for a region member the active region's profile, neighbours and recent activity; otherwise the
 * choice of region, or the start page of a national role.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final String title;

    public HomeView(
            RegionChoice choice,
            RegionService regions,
            ActivityService activity,
            RegionProfileService profiles,
            RegionAreaService areas,
            MunicipalityService municipalities,
            CurrentUser currentUser) {
        addClassName("page");
        WorkspaceUser user = currentUser.require();
        Region region = choice.current().orElse(null);
        if (region == null) {
            title = getTranslation("product.name");
            add(user.worksForRegions() ? new RegionPicker(choice) : new NoRegionHome(user));
            return;
        }
        title = region.name() + " · " + getTranslation("product.short");
        add(new H1(region.name()));
        if (region.demo()) {
            Span badge = new Span(getTranslation("region.demo"));
            badge.addClassName("badge");
            add(badge);
        }
        ActivityCard recent = new ActivityCard(activity);
        Div columns = new Div(
                new ProfileCard(profiles, user.has(Role.REGIO_LEAD), recent::refresh),
                neighbours(regions.neighboursOf(region.id())),
                recent);
        columns.addClassName("cards");
        if (region.kind() == RegionKind.GEOGRAPHIC) {
            columns.add(new AreaCard(areas, municipalities, region, "buurregios"));
        }
        add(columns, new H2(getTranslation("home.sections")), new SectionLinks(user));
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

    private static Div card(String heading) {
        Div card = new Div(new H2(heading));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
