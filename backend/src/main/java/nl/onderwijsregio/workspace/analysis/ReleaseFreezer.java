package nl.onderwijsregio.workspace.analysis;

import nl.onderwijsregio.workspace.analysis.document.AnalysisDocument;
import nl.onderwijsregio.workspace.analysis.document.SourceAccountMarkdown;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes an analysis as a release: each chapter's text with its citations written out (readers in other regions
 * cannot look the region's register up), and the Bronnenverantwoording written out as it stands at that moment.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY) // part of the caller's transaction, never one of its own
class ReleaseFreezer {

    private final Releases releases;
    private final AnalysisDocuments documents;

    ReleaseFreezer(Releases releases, AnalysisDocuments documents) {
        this.releases = releases;
        this.documents = documents;
    }

    long freeze(Analysis analysis, boolean shareNeighbours, boolean shareNational, WorkspaceUser user) {
        AnalysisDocument document = documents.working(analysis);
        long release = releases.insert(
                analysis.id(),
                analysis.edition(),
                analysis.version(),
                shareNeighbours,
                shareNational,
                user.username(),
                user.displayName());
        for (int i = 0; i < analysis.chapters().size(); i++) {
            Chapter chapter = analysis.chapters().get(i);
            String body = chapter.generated()
                    ? SourceAccountMarkdown.write(document.sources())
                    : document.chapters().get(i).markdown();
            releases.insertChapter(
                    release, i + 1, chapter.title(), chapter.themes(), chapter.generated(), body, chapter.evidence());
        }
        return release;
    }
}
