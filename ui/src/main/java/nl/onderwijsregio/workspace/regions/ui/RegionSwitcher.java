package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.shell.HeaderPart;

/** Header element: the active region, and a choice between regions for people who work for more than one. */
@SpringComponent
@UIScope
public class RegionSwitcher extends HorizontalLayout implements HeaderPart {

    public RegionSwitcher(RegionChoice choice) {
        addClassName("region-switcher");
        setAlignItems(Alignment.CENTER);
        List<Region> choosable = choice.choosableRegions();
        Region current = choice.current().orElse(null);
        if (choosable.size() > 1) {
            Select<Region> select = new Select<>();
            select.setAriaLabel(getTranslation("region.switcher.label"));
            select.setPlaceholder(getTranslation("region.switcher.placeholder"));
            select.setItems(choosable);
            select.setItemLabelGenerator(Region::name);
            select.setValue(current);
            select.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    choice.choose(event.getValue().id());
                    UI.getCurrent().getPage().setLocation("/");
                }
            });
            add(select);
        } else if (current != null) {
            Span name = new Span(current.name());
            name.addClassName("region-name");
            add(name);
        }
    }

    @Override
    public Component component() {
        return this;
    }
}
