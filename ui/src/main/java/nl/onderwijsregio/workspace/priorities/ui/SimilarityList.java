package nl.onderwijsregio.workspace.priorities.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.themes.Topic;

/** Per compared region how much its topics overlap with the own region's (Jaccard), with the explanation. */
class SimilarityList extends Div {

    SimilarityList(Comparison comparison) {
        addClassName("cards");
        setId("priority-similarity");
        for (Comparison.Similarity s : comparison.similarities()) {
            Span score = new Span(s.percent() + "%");
            score.addClassName("similarity-score");
            Div card = new Div(
                    new Span(s.region().name()),
                    score,
                    new Paragraph(getTranslation(
                            "priorities.similarity.detail",
                            s.sharedTopics().size(),
                            s.union(),
                            s.sharedTopics().isEmpty()
                                    ? "—"
                                    : s.sharedTopics().stream()
                                            .map(Topic::label)
                                            .collect(Collectors.joining(", ")))));
            card.addClassNames("card", "similarity-card");
            card.getElement().setAttribute("title", getTranslation("priorities.similarity.help"));
            add(card);
        }
    }
}
