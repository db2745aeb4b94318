package nl.onderwijsregio.workspace.analysis;

/** The chapter or analysis changed since the user opened it; nothing was overwritten. */
public class AnalysisConflictException extends RuntimeException {

    public AnalysisConflictException(String message) {
        super(message);
    }

    static AnalysisConflictException chapter() {
        return new AnalysisConflictException("Iemand anders heeft dit hoofdstuk intussen opgeslagen. Je tekst is niet "
                + "weg: vergelijk hem met de nieuwe versie en sla daarna opnieuw op.");
    }

    static AnalysisConflictException analysis() {
        return new AnalysisConflictException(
                "De analyse is intussen gewijzigd. Laad haar opnieuw en probeer het nog eens.");
    }
}
