package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.findings.ui.FindingView;
import nl.onderwijsregio.workspace.priorities.CatalogueLink;
import nl.onderwijsregio.workspace.priorities.FindingLink;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.team.FormerMembers;
import org.jspecify.annotations.Nullable;

/**
 * What a priority is about beyond its row: description, sectors, measures, indicator, catalogue sources and the
 * supporting findings (as links to their pages).
 */
class PriorityDetails extends Div {

    PriorityDetails(Priority p, FormerMembers former) {
        addClassName("priority-details");
        field("priorities.field.description", p.description());
        field(
                "priorities.field.sectors",
                p.sectors().stream()
                        .map(s -> getTranslation("sector." + s.name()))
                        .collect(Collectors.joining(", ")));
        field("priorities.field.measures", p.measures());
        field("priorities.field.indicator", p.indicatorWithTarget());
        field(
                "priorities.field.catalogue",
                p.catalogueLinks().stream()
                        .map(l -> l.catalogueEntryId() + " · " + l.information())
                        .collect(Collectors.joining("; ")));
        if (!p.findingLinks().isEmpty()) {
            Div findings =
                    new Div(p.findingLinks().stream().map(this::findingLink).toArray(Component[]::new));
            findings.addClassName("priority-findings");
            field("priorities.field.findings", findings);
        }
        field("priorities.column.updated", former.displayName(p.updatedBy(), getLocale()));
    }

    private Component findingLink(FindingLink f) {
        RouterLink link = new RouterLink(
                f.published() ? f.title() : getTranslation("priorities.finding.draft", f.title()),
                FindingView.class,
                new RouteParameters("id", String.valueOf(f.findingId())));
        link.setId("finding-link-" + f.findingId());
        return link;
    }

    private void field(String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            field(key, new Span(value));
        }
    }

    private void field(String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("field-label");
        Div row = new Div(label, value);
        row.addClassName("field");
        add(row);
    }

    static String links(Priority p) {
        return p.catalogueLinks().stream().map(CatalogueLink::catalogueEntryId).collect(Collectors.joining(", "));
    }
}
