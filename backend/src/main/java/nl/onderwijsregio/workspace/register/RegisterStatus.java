package nl.onderwijsregio.workspace.register;

import java.util.EnumSet;
import java.util.Set;
import nl.onderwijsregio.workspace.messages.Labelled;

/**
 * Where a register entry stands. The allowed steps (all others are refused):
 * <pre>
 * GEWENST     → AANGEVRAAGD, INGETROKKEN
 * AANGEVRAAGD → ONTVANGEN, AFGEWEZEN, INGETROKKEN
 * ONTVANGEN   → VERWIJDERD   (the data was deleted; the deletion is confirmed)
 * AFGEWEZEN, INGETROKKEN, VERWIJDERD: final
 * </pre>
 */
public enum RegisterStatus implements Labelled {
    GEWENST,
    AANGEVRAAGD,
    ONTVANGEN,
    AFGEWEZEN,
    INGETROKKEN,
    VERWIJDERD;

    /** The statuses this one may move to. */
    public Set<RegisterStatus> next() {
        return switch (this) {
            case GEWENST -> EnumSet.of(AANGEVRAAGD, INGETROKKEN);
            case AANGEVRAAGD -> EnumSet.of(ONTVANGEN, AFGEWEZEN, INGETROKKEN);
            case ONTVANGEN -> EnumSet.of(VERWIJDERD);
            case AFGEWEZEN, INGETROKKEN, VERWIJDERD -> EnumSet.noneOf(RegisterStatus.class);
        };
    }

    public boolean canMoveTo(RegisterStatus to) {
        return next().contains(to);
    }

    /** Whether nothing can happen to the entry any more. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
