package nl.onderwijsregio.workspace.findings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.shell.Translations;

/** Draft or published, and with whom: the same badges in lists and on the finding itself. */
final class FindingBadges {

    private FindingBadges() {}

    static Div of(Finding f) {
        Div badges = new Div();
        badges.addClassName("hit-badges");
        Span state = new Span(badges.getTranslation(f.published() ? "findings.published" : "findings.draft"));
        state.addClassNames("badge", f.published() ? "badge-open" : "badge-draft");
        Span visibility = new Span(
                f.published()
                        ? f.visibility().label(Translations.current())
                        : badges.getTranslation("findings.visibility.draft"));
        visibility.addClassNames("badge", "badge-visibility");
        badges.add(state, visibility);
        return badges;
    }
}
