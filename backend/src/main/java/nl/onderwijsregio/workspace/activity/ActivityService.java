package nl.onderwijsregio.workspace.activity;

import java.util.List;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.messages.StoredText;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and lists what happened in the active region. */
@Service
@Transactional
public class ActivityService {

    private static final int MAX_SUMMARY = 500;
    private final ActivityLog log;

    ActivityService(ActivityLog log) {
        this.log = log;
    }

    /** Appends to the active region's log (the summary as a message key, said in each reader's language). */
    @PreAuthorize("@regionAccess.member()")
    public void record(String kind, Message summary, String actor) {
        ActiveRegion.require();
        log.append(kind, StoredText.write(summary, MAX_SUMMARY), actor);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@regionAccess.member()")
    public List<Activity> recent(int limit) {
        return log.newest(Math.clamp(limit, 1, 200));
    }
}
