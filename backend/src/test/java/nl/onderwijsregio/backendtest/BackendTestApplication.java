package nl.onderwijsregio.backendtest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The backend on its own, for its integration tests (named explicitly: {@code @SpringBootTest(classes = ...)}).
 *
 * <p>It lives outside {@code nl.onderwijsregio.workspace} on purpose. When the ui module's tests run in the same
 * reactor (or in an IDE) the backend's whole test output is on their class path, not just the shared test-jar; a
 * second {@code @SpringBootConfiguration} under {@code nl.onderwijsregio.workspace} would then be found next to
 * {@code WorkspaceApplication} ("Found multiple @SpringBootConfiguration") and scanned into the app.
 */
@SpringBootApplication(scanBasePackages = "nl.onderwijsregio.workspace")
public class BackendTestApplication {}
