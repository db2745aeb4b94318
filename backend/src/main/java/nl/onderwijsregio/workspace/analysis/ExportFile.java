package nl.onderwijsregio.workspace.analysis;

/**
 * A delivered analysis: the file's name carries region, edition and version
 * ({@code arbeidsmarktanalyse-2026-noordkust-v2.docx}).
 */
public record ExportFile(String fileName, String contentType, byte[] content) {}
