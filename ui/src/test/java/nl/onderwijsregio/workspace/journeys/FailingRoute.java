package nl.onderwijsregio.workspace.journeys;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A route that exists only in the tests and always fails, so the accessibility walk can check the app's error page
 * ({@code shell.ErrorView}) as a person meets it after an unexpected failure.
 */
@Route(FailingRoute.ROUTE)
@AnonymousAllowed
public class FailingRoute extends Div implements BeforeEnterObserver {

    static final String ROUTE = "walk-fails";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("The accessibility walk's deliberate failure (not a defect)");
    }
}
