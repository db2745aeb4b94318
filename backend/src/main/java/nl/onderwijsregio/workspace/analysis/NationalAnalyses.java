package nl.onderwijsregio.workspace.analysis;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;
import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.util.List;
import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The vastgestelde analyses regions shared with the Realisatie-Eenheid, for national staff: read in the narrow
 * {@code national} scope, in which row-level security shows only releases shared with it. The numbers of every
 * region's analysis come from the coverage aggregate, not from here.
 */
@Service
@PreAuthorize("hasAnyRole('" + NATIONAL + "', '" + PLATFORM_ADMIN + "')")
public class NationalAnalyses {

    private final Releases releases;
    private final AnalysisDocuments documents;
    private final Tenancy tenancy;

    NationalAnalyses(Releases releases, AnalysisDocuments documents, Tenancy tenancy) {
        this.releases = releases;
        this.documents = documents;
        this.tenancy = tenancy;
    }

    public List<Release> shared() {
        return tenancy.national(releases::sharedByOthers);
    }

    public Release release(long id) {
        return tenancy.national(() -> releases.byId(id)).orElseThrow(SharedAnalyses::notShared);
    }

    public List<ReleaseChapter> chapters(long id) {
        return tenancy.national(() -> {
            releases.byId(id).orElseThrow(SharedAnalyses::notShared);
            return releases.chapters(id);
        });
    }

    public AnalysisDocument document(long id) {
        return tenancy.national(() ->
                documents.release(releases.byId(id).orElseThrow(SharedAnalyses::notShared), releases.chapters(id)));
    }
}
