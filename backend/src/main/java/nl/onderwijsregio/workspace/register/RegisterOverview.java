package nl.onderwijsregio.workspace.register;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the register screen opens with, read in one transaction.
 *
 * @param firstPage    the first entries matching the filter, in the chosen order
 * @param total        how many entries match the filter
 * @param statusCounts every status with its number of entries (zero included, in status order), regardless of
 *                     the filter
 */
public record RegisterOverview(List<RegisterEntry> firstPage, int total, Map<RegisterStatus, Integer> statusCounts) {

    public RegisterOverview {
        firstPage = List.copyOf(firstPage);
        statusCounts = Collections.unmodifiableMap(new EnumMap<>(statusCounts));
    }
}
