package nl.onderwijsregio.workspace.priorities;

/**
 * A finding of the own region that supports a priority: its id and title.
 *
 * @param published whether the finding is published; a draft is only readable by the own region
 */
public record FindingLink(long findingId, String title, boolean published) {}
