package nl.onderwijsregio.workspace.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;

/** Finding drafts for tests that care only about a finding's title, publication, visibility and kind. */
public final class TestFindings {

    private TestFindings() {}

    /** A survey finding about scarcity (Continueren · Omgaan met schaarste), observed today, without sources. */
    public static FindingDraft draft(String title, boolean published, Visibility visibility) {
        return draft(title, published, visibility, FindingKind.ENQUETE);
    }

    /** As {@link #draft(String, boolean, Visibility)}, of this kind. */
    public static FindingDraft draft(String title, boolean published, Visibility visibility, FindingKind kind) {
        return new FindingDraft(
                title,
                "Tekst",
                Theme.CONTINUEREN,
                SubTheme.OMGAAN_MET_SCHAARSTE,
                kind,
                LocalDate.now(),
                null,
                Set.of(),
                List.of(),
                List.of(),
                published,
                visibility);
    }
}
