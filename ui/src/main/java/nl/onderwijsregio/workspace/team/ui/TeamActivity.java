package nl.onderwijsregio.workspace.team.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Records that the person works for the tab's region ("last active" in the team) when they navigate, at most every five minutes. */
@Component
class TeamActivity implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(TeamActivity.class);
    private static final String LAST = TeamActivity.class.getName() + ".last";
    private static final Duration EVERY = Duration.ofMinutes(5);

    private final TeamService team;

    TeamActivity(TeamService team) {
        this.team = team;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addAfterNavigationListener(nav -> record()));
    }

    private void record() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        // Per region (a person may work for several, in several tabs), and only once something was recorded: a
        // navigation before the tab has a region (the region choice) must not hold back the next five minutes.
        String key = ActiveRegion.current().map(region -> LAST + "." + region).orElse(null);
        if (key == null) {
            return;
        }
        Object last = session.getAttribute(key);
        if (last instanceof Instant at && at.isAfter(Instant.now().minus(EVERY))) {
            return;
        }
        try {
            if (team.recordActivity()) {
                session.setAttribute(key, Instant.now());
            }
        } catch (RuntimeException e) {
            log.debug("Could not record activity: {}", e.toString());
        }
    }
}
