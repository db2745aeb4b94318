package nl.onderwijsregio.workspace.tenancy;

import java.util.Optional;

/**
 * The person the current thread works for, as the database knows them: the username that per-person tables
 * ({@code user_preference}, {@code finding_read}, {@code notification_seen}) store. Handed to PostgreSQL at the start
 * of every transaction as {@code app.username}; their row-level security shows and accepts only that person's rows.
 * Implemented by the security module (the signed-in person); tenancy does not depend on how people sign in.
 */
@FunctionalInterface
public interface PersonOfWork {

    /** Nobody: per-person tables show no rows and accept none. */
    PersonOfWork NOBODY = Optional::empty;

    /** The username of the person the current work is for, if anyone is signed in. */
    Optional<String> username();
}
