package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.SearchHit;

/** One search result: the information with matched words marked, who holds it, at which level, open or closed. */
class HitCard extends Div {

    HitCard(SearchHit hit, Runnable open) {
        CatalogueEntry entry = hit.entry();
        addClassName("hit");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        getElement()
                .addEventListener("keydown", e -> open.run())
                .setFilter("event.key === 'Enter' || event.key === ' '");
        addClickListener(e -> open.run());
        Div title = new Div();
        title.addClassName("hit-title");
        Highlights.appendTo(title, hit.highlighted());
        Div meta = new Div(new Span(entry.source()));
        meta.addClassName("hit-meta");
        if (entry.level() != null) {
            meta.add(new Span(" · " + entry.level()));
        }
        Span access = new Span(getTranslation("catalogue.access." + entry.access()));
        access.addClassNames("badge", entry.open() ? "badge-open" : "badge-closed");
        Span theme = new Span(entry.subTheme() == null ? entry.theme() : entry.theme() + " › " + entry.subTheme());
        theme.addClassName("hit-theme");
        Div badges = new Div(access, theme);
        badges.addClassName("hit-badges");
        add(title, meta, badges);
    }
}
