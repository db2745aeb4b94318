package nl.onderwijsregio.workspace.analysis;

import nl.onderwijsregio.workspace.messages.Labelled;

/**
 * Where an analysis stands. A concept is written; ter bespreking the region's people comment per chapter; the lead
 * establishes it (vastgesteld): a frozen, numbered release. A change after that starts the next version as a concept.
 */
public enum AnalysisStatus implements Labelled {
    CONCEPT,
    TER_BESPREKING,
    VASTGESTELD;
}
