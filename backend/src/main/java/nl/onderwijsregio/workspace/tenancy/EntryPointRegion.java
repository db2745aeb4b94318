package nl.onderwijsregio.workspace.tenancy;

import java.util.Optional;

/**
 * An entry point that keeps the region it acts for itself, such as a browser tab: asked for the region of the
 * current work when {@link Tenancy} bound nothing on the thread. It only reads what the entry point holds (no
 * database, no side effects), since it is asked as a transaction starts.
 */
public interface EntryPointRegion {

    /** The region the entry point served by this thread acts for, if it is one of this kind and has one. */
    Optional<String> regionId();
}
