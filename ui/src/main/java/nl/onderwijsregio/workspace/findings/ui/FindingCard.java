package nl.onderwijsregio.workspace.findings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;

/** One finding in a list: its title (a link to it), where it is from, what it is about, and a preview. */
class FindingCard extends Div {

    FindingCard(Finding f, boolean showRegion, boolean showUnread) {
        addClassNames("card", "finding-card");
        RouterLink link = new RouterLink(
                f.title(), FindingView.class, new RouteParameters(FindingView.ID, String.valueOf(f.id())));
        link.addClassName("finding-title");
        H2 title = new H2(link);
        if (showUnread && f.unread()) {
            Span dot = new Span(getTranslation("findings.unread"));
            dot.addClassNames("badge", "badge-unread");
            title.add(dot);
            addClassName("unread");
        }
        Div meta = new Div();
        meta.addClassName("finding-meta");
        if (showRegion) {
            meta.add(new Span(f.regionName()));
        }
        meta.add(
                new Span(f.kind().label(Translations.current())),
                new Span(themeOf(f)),
                new Span(period(f, getLocale())));
        Div badges = FindingBadges.of(f);
        if (f.commentCount() > 0) {
            Span comments = new Span(getTranslation("findings.comments.count", f.commentCount()));
            comments.addClassName("muted");
            badges.add(comments);
        }
        add(title, meta, new Paragraph(f.preview()), badges);
    }

    static String themeOf(Finding f) {
        return f.topic().label();
    }

    static String period(Finding f, java.util.Locale locale) {
        return f.observedUntil() == null
                ? Moments.date(f.observedFrom(), locale)
                : Moments.date(f.observedFrom(), locale) + " – " + Moments.date(f.observedUntil(), locale);
    }
}
