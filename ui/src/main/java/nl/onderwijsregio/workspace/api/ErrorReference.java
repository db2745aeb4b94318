package nl.onderwijsregio.workspace.api;

import java.util.UUID;

/** A short reference for an unexpected error: the client gets it, the log gets it with the details. */
public final class ErrorReference {

    private ErrorReference() {}

    public static String next() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
