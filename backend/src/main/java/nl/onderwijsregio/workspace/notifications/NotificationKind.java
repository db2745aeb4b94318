package nl.onderwijsregio.workspace.notifications;

/** The kinds of event a person can be mailed about, each with its own frequency. */
public enum NotificationKind {
    /** A finding another region shared with the person's region (neighbours or all). */
    NEW_FINDING(false),
    /** A reaction by someone else on one of the region's findings. */
    COMMENT(false),
    /** For the lead: a request waiting over 30 days, retention ending within 60 days, or passed without deletion. */
    REGISTER_REMINDER(true),
    /**
     * The region's analysis put up for review or established, or a neighbour's vastgestelde analysis shared with the
     * region.
     */
    ANALYSIS_STATUS(false),
    /** The catalogue maintainer accepted or declined a suggestion the person made. */
    SUGGESTION_HANDLED(false);

    private final boolean leadOnly;

    NotificationKind(boolean leadOnly) {
        this.leadOnly = leadOnly;
    }

    /** Only the region's lead receives these. */
    public boolean leadOnly() {
        return leadOnly;
    }
}
