package nl.onderwijsregio.workspace.analysis;

import java.util.List;
import java.util.NoSuchElementException;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vastgestelde analyses that neighbouring regions shared with the active region, for its people. Which releases
 * those are is decided by row-level security alone; nothing of a region's working text is ever readable here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@regionAccess.member()")
public class SharedAnalyses {

    private final Releases releases;
    private final AnalysisDocuments documents;

    SharedAnalyses(Releases releases, AnalysisDocuments documents) {
        this.releases = releases;
        this.documents = documents;
    }

    /** Releases of other regions shared with this one, newest first. */
    public List<Release> sharedWithUs() {
        ActiveRegion.require();
        return releases.sharedByOthers();
    }

    public Release release(long id) {
        ActiveRegion.require();
        return releases.byId(id).orElseThrow(SharedAnalyses::notShared);
    }

    public List<ReleaseChapter> chapters(long id) {
        release(id);
        return releases.chapters(id);
    }

    public AnalysisDocument document(long id) {
        return documents.release(release(id), releases.chapters(id));
    }

    static NoSuchElementException notShared() {
        return new ExplainedNotFound("analysis.analyse-bestaat-gedeeld");
    }
}
