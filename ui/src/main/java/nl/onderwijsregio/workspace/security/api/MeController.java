package nl.onderwijsregio.workspace.security.api;

import java.util.List;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the token belongs to, with roles and regions. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping
    Me me() {
        WorkspaceUser user = currentUser.require();
        return new Me(
                user.username(),
                user.displayName(),
                user.email(),
                user.roles().stream().map(Role::claim).sorted().toList(),
                user.regions().stream().sorted().toList());
    }

    record Me(String username, String name, @Nullable String email, List<String> roles, List<String> regions) {}
}
