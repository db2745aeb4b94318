package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.priorities.PrioritySubTheme;

/** Per compared region how much its sub-themes overlap with the own region's (Jaccard), with the explanation. */
class SimilarityList extends Div {

    SimilarityList(Comparison comparison) {
        addClassName("cards");
        setId("priority-similarity");
        for (Comparison.Similarity s : comparison.similarities()) {
            Span score = new Span(s.percent() + "%");
            score.addClassName("similarity-score");
            Div card = new Div(new Span(s.region().name()), score, new Paragraph(getTranslation(
                    "priorities.similarity.detail", s.sharedSubThemes().size(), s.union(),
                    s.sharedSubThemes().isEmpty() ? "—" : s.sharedSubThemes().stream()
                            .map(PrioritySubTheme::label).collect(Collectors.joining(", ")))));
            card.addClassNames("card", "similarity-card");
            card.getElement().setAttribute("title", getTranslation("priorities.similarity.help"));
            add(card);
        }
    }
}
