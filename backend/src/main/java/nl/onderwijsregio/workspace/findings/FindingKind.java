package nl.onderwijsregio.workspace.findings;

import nl.onderwijsregio.workspace.messages.Labelled;

/** How a finding was gathered. */
public enum FindingKind implements Labelled {
    INTERVIEW,
    SCHOOLBEZOEK,
    ENQUETE,
    SIGNAAL_BEROEPSGROEP,
    OVERLEG,
    DOCUMENTANALYSE,
    OVERIG;
}
