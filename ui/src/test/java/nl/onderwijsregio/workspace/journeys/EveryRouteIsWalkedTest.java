package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsregio.workspace.WorkspaceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every screen of the app is in the accessibility walk's list ({@link AccessibilityJourneyIT#ROUTES}): each
 * {@code @Route} (with {@code /:param} for a {@code HasUrlParameter}) and each error page ({@code HasErrorParameter},
 * as {@code !Name}), found by a class-path scan. A new screen that the walk does not visit fails here; the walk itself
 * fails when a route on its list was not visited.
 */
class EveryRouteIsWalkedTest {

    @Test
    void every_route_and_error_page_of_the_app_is_on_the_accessibility_walks_list() {
        assertThat(AccessibilityJourneyIT.ROUTES.keySet())
                .as("routes of the app (left) against the walk's list")
                .containsExactlyInAnyOrderElementsOf(routesOfTheApp());
    }

    @Test
    void the_scan_finds_the_routes_it_should() {
        assertThat(routesOfTheApp())
                .contains("", "welkom", "landelijk/analyse/:id", "bevindingen/:id", "!NotFoundView");
    }

    static Set<String> routesOfTheApp() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scan.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scan.findCandidateComponents(WorkspaceApplication.class.getPackageName())) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (type == FailingRoute.class) {
                continue; // the tests' own route, only there to reach the error page
            }
            Route route = type.getAnnotation(Route.class);
            if (route == null) {
                routes.add("!" + type.getSimpleName());
            } else {
                routes.add(route.value() + (HasUrlParameter.class.isAssignableFrom(type) ? "/:id" : ""));
            }
        }
        return routes;
    }
}
