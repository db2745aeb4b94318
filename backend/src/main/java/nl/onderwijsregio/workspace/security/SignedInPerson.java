package nl.onderwijsregio.workspace.security;

import java.util.Optional;
import nl.onderwijsregio.workspace.tenancy.PersonOfWork;
import org.springframework.stereotype.Component;

/**
 * Tells tenancy who the current work is for: the signed-in person's username, the same value the services store in
 * the per-person tables, so the database can limit those tables to that person's rows.
 */
@Component
class SignedInPerson implements PersonOfWork {

    private final CurrentUser currentUser;

    SignedInPerson(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> username() {
        return currentUser.get().map(WorkspaceUser::username);
    }
}
