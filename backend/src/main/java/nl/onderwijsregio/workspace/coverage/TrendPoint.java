package nl.onderwijsregio.workspace.coverage;

import java.time.LocalDate;

/** One month nationally: closed data received and findings published. */
public record TrendPoint(LocalDate month, int received, int publishedFindings) {}
