package nl.onderwijsregio.workspace.analysis;

import org.springframework.stereotype.Component;

/**
 * Delivers analyses as files. The document is read in one short transaction of the service that decides who may
 * read it (the working text, an own release, a release a neighbour shared, one shared with the Realisatie-Eenheid);
 * rendering DOCX or PDF takes longer and runs afterwards, holding no database connection and no lock.
 */
@Component
public class AnalysisExporter {

    private final AnalysisService analyses;
    private final SharedAnalyses shared;
    private final NationalAnalyses national;

    AnalysisExporter(AnalysisService analyses, SharedAnalyses shared, NationalAnalyses national) {
        this.analyses = analyses;
        this.shared = shared;
        this.national = national;
    }

    /** The active region's analysis as it stands now. */
    public ExportFile working(long analysisId, ExportFormat format) {
        return AnalysisFiles.write(analyses.document(analysisId), format);
    }

    /** One of the active region's own releases. */
    public ExportFile release(long releaseId, ExportFormat format) {
        return AnalysisFiles.write(analyses.releaseDocument(releaseId), format);
    }

    /** A release a neighbouring region shared with the active region. */
    public ExportFile shared(long releaseId, ExportFormat format) {
        return AnalysisFiles.write(shared.document(releaseId), format);
    }

    /** A release a region shared with the Realisatie-Eenheid, for national staff. */
    public ExportFile national(long releaseId, ExportFormat format) {
        return AnalysisFiles.write(national.document(releaseId), format);
    }
}
