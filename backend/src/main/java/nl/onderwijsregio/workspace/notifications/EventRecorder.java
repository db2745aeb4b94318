package nl.onderwijsregio.workspace.notifications;

import nl.onderwijsregio.workspace.analysis.AnalysisMilestone;
import nl.onderwijsregio.workspace.catalogue.SuggestionDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the events other features publish, synchronously, in the transaction of their change: a change rolled back
 * leaves no event, a change committed always has one. What the mail says is read at send time ({@link MailItems}).
 */
@Component
class EventRecorder {

    private final EventLog log;

    EventRecorder(EventLog log) {
        this.log = log;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY) // the change's own transaction, never one of its own
    void on(AnalysisMilestone milestone) {
        switch (milestone.kind()) {
            case UP_FOR_REVIEW ->
                log.record(
                        milestone.regionId(),
                        NotificationKind.ANALYSIS_STATUS,
                        "analysis-review:" + milestone.analysisId() + ":" + milestone.version(),
                        AnalysisItem.REVIEW + ":" + milestone.analysisId() + ":" + milestone.version(),
                        EventLog.Audience.REGION,
                        null,
                        milestone.actor());
            case ESTABLISHED ->
                log.record(
                        milestone.regionId(),
                        NotificationKind.ANALYSIS_STATUS,
                        "analysis-established:" + milestone.releaseId(),
                        AnalysisItem.ESTABLISHED + ":" + milestone.releaseId(),
                        EventLog.Audience.REGION,
                        null,
                        milestone.actor());
            case SHARED_WITH_NEIGHBOURS ->
                log.record(
                        milestone.regionId(),
                        NotificationKind.ANALYSIS_STATUS,
                        "analysis-shared:" + milestone.releaseId(),
                        AnalysisItem.SHARED + ":" + milestone.releaseId(),
                        EventLog.Audience.NEIGHBOURS,
                        null,
                        milestone.actor());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY) // the change's own transaction, never one of its own
    void on(SuggestionDecided decided) {
        if (decided.suggestedBy() == null) {
            return; // made before the login name was kept: nobody to tell
        }
        log.record(
                decided.regionId(),
                NotificationKind.SUGGESTION_HANDLED,
                "suggestion:" + decided.suggestionId(),
                String.valueOf(decided.suggestionId()),
                EventLog.Audience.PERSON,
                decided.suggestedBy(),
                decided.actor());
    }

    /** What an analysis event's item is: the analysis up for review, or a release established or shared. */
    enum AnalysisItem {
        REVIEW,
        ESTABLISHED,
        SHARED
    }
}
