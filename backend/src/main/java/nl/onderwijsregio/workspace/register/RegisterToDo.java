package nl.onderwijsregio.workspace.register;

import java.util.List;

/**
 * What needs attention in the active region's register today.
 *
 * @param waitingForAnswer requests sent more than 30 days ago without an answer
 * @param retentionEnding  received data whose retention ends within 60 days
 * @param pastRetention    received data past its retention whose deletion is not confirmed
 */
public record RegisterToDo(
        List<RegisterEntry> waitingForAnswer, List<RegisterEntry> retentionEnding, List<RegisterEntry> pastRetention) {

    public boolean isEmpty() {
        return waitingForAnswer.isEmpty() && retentionEnding.isEmpty() && pastRetention.isEmpty();
    }
}
