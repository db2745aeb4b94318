package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * HTTP 404 for the bootstrap page of an address that is no route. Vaadin answers every page address with its
 * bootstrap page (200) and routes in the browser's first request after it, where {@link NotFoundView} returns 404 to
 * the router only; so a crawler, a link checker or {@code curl} would see 200 for any address. The page itself is
 * unchanged: the router still shows the Dutch not-found page. Addresses that match a route whose view decides later
 * that there is nothing (an unknown id or section) keep 200 with that same page.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.addIndexHtmlRequestListener(page -> {
            RouteRegistry routes = service.getRouter().getRegistry();
            if (!routes.getNavigationRouteTarget(location(page)).hasTarget()) {
                page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }

    /** The route part of the address: the path within the application, without slashes around it. */
    private static String location(IndexHtmlResponse page) {
        String path = page.getVaadinRequest().getPathInfo();
        if (path == null) {
            return "";
        }
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
