package nl.onderwijsregio.workspace.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a finding of the active region can point to.
 *
 * @param catalogue current catalogue entries: id → description, in catalogue order
 * @param register  the region's register entries: id → what was obtained, newest first
 */
public record LinkOptions(Map<String, String> catalogue, Map<Long, String> register) {

    public LinkOptions {
        catalogue = Collections.unmodifiableMap(new LinkedHashMap<>(catalogue));
        register = Collections.unmodifiableMap(new LinkedHashMap<>(register));
    }
}
