package nl.onderwijsregio.workspace.findings;

import java.util.List;

/**
 * A page of a findings list with the list's number, read in one transaction; {@code unreadInFeed} is the number of
 * feed findings the user has not opened yet (the feed tab's label), or 0 where it was not asked for.
 */
public record FindingPage(List<Finding> items, FindingCount total, int unreadInFeed) {

    public FindingPage {
        items = List.copyOf(items);
    }
}
