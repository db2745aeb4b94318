package nl.onderwijsregio.workspace;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend on its own, for its integration tests. */
@SpringBootApplication
public class BackendTestApplication {
}
