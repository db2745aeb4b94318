package nl.onderwijsregio.workspace.findings;

import java.util.Map;

/**
 * What a finding points to, named for display.
 *
 * @param catalogue catalogue entry id → description
 * @param register  register entry id → what was obtained (only for the own region's findings)
 */
public record LinkedSources(Map<String, String> catalogue, Map<Long, String> register) {

    public LinkedSources {
        catalogue = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(catalogue));
        register = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(register));
    }
}
