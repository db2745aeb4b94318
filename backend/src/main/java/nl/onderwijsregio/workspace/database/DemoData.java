package nl.onderwijsregio.workspace.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether demo data belongs in this database: by default ({@code workspace.demo-data=auto}) only in the embedded
 * one; {@code always} also in an external database; {@code never} nowhere.
 */
@Component
public class DemoData {

    private final boolean wanted;

    DemoData(DatabaseMode mode, @Value("${workspace.demo-data:auto}") String setting) {
        this.wanted = switch (setting) {
            case "always" -> true;
            case "never" -> false;
            default -> mode == DatabaseMode.EMBEDDED;
        };
    }

    public boolean wanted() {
        return wanted;
    }
}
