package nl.onderwijsregio.workspace.team;

/**
 * The directory already has an account with this login name or address that it did not show us: someone outside
 * the regions, or one created a moment ago by a parallel invitation.
 */
public final class AccountExists extends TeamRuleException {

    public AccountExists() {
        super("team.error.exists-outside");
    }
}
