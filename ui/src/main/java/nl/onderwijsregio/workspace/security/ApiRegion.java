package nl.onderwijsregio.workspace.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's one way into a region: for {@code /api/v1/regions/{region}/**} it checks once that the caller is a
 * member of the region in the path, then binds that region through the tenancy seam for the whole call, so every
 * service transaction of the call sees that region and no other. Controllers never set a region themselves.
 */
@Component
class ApiRegion implements HandlerInterceptor, WebMvcConfigurer {

    static final String PATTERN = "/api/v1/regions/{region}/**";
    /** A region's area is public like the neighbour list (and written by the platform administrator): no binding. */
    static final String AREA = "/api/v1/regions/{region}/area";

    private static final String BINDING = ApiRegion.class.getName();

    private final CurrentUser currentUser;

    ApiRegion(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(PATTERN).excludePathPatterns(AREA);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String region = regionOf(request);
        if (region == null) {
            return true;
        }
        if (!currentUser.require().memberOf(region)) {
            throw new nl.onderwijsregio.workspace.messages.ExplainedAccessDenied("security.not-a-member", region);
        }
        request.setAttribute(BINDING, Tenancy.bind(region));
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        if (request.getAttribute(BINDING) instanceof Tenancy.Binding binding) {
            request.removeAttribute(BINDING);
            binding.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable String regionOf(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (String) ((Map<String, String>) map).get("region") : null;
    }
}
