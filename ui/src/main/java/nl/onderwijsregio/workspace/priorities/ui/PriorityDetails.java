package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.priorities.CatalogueLink;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.priorities.Sector;
import org.jspecify.annotations.Nullable;

/** What a priority is about beyond its row: description, sectors, measures, indicator, catalogue sources. */
class PriorityDetails extends Div {

    PriorityDetails(Priority p) {
        addClassName("priority-details");
        field("priorities.field.description", p.description());
        field("priorities.field.sectors", p.sectors().stream().map(Sector::label).collect(Collectors.joining(", ")));
        field("priorities.field.measures", p.measures());
        field("priorities.field.indicator", p.indicatorWithTarget());
        field("priorities.field.catalogue", p.catalogueLinks().stream()
                .map(l -> l.catalogueEntryId() + " · " + l.information()).collect(Collectors.joining("; ")));
        field("priorities.column.updated", p.updatedBy());
    }

    private void field(String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            Span label = new Span(getTranslation(key));
            label.addClassName("field-label");
            Div row = new Div(label, new Span(value));
            row.addClassName("field");
            add(row);
        }
    }

    static String links(Priority p) {
        return p.catalogueLinks().stream().map(CatalogueLink::catalogueEntryId).collect(Collectors.joining(", "));
    }
}
