package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.onderwijsregio.workspace.regions.Region;

/** Shown on the home page while no region is active: one button per region the person may work for. */
class RegionPicker extends VerticalLayout {

    RegionPicker(RegionChoice choice) {
        addClassName("page");
        List<Region> regions = choice.choosableRegions();
        add(new H1(getTranslation("home.pick.title")));
        if (regions.isEmpty()) {
            add(new Paragraph(getTranslation("home.pick.none")));
            return;
        }
        add(new Paragraph(getTranslation("home.pick.text")));
        Div buttons = new Div();
        buttons.addClassName("region-buttons");
        for (Region region : regions) {
            Button button = new Button(region.name(), e -> {
                choice.choose(region.id());
                UI.getCurrent().getPage().setLocation("/");
            });
            buttons.add(button);
        }
        add(buttons);
    }
}
