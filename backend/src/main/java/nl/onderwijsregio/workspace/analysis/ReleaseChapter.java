package nl.onderwijsregio.workspace.analysis;

import java.util.List;

/**
 * A frozen chapter of a release: its citations already turned into readable references (a reader of another region
 * cannot look up the region's register), the source account already written out.
 */
public record ReleaseChapter(int position, String title, boolean generated, String body, List<EvidenceRef> evidence) {}
