package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every new browser tab its region before its first screen is built. */
@Component
class TabStart implements VaadinServiceInitListener {

    private final RegionChoice choice;

    TabStart(RegionChoice choice) {
        this.choice = choice;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> choice.startTab(init.getUI()));
    }
}
