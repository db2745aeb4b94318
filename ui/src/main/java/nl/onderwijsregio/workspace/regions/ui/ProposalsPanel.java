package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderwijsregio.workspace.regions.NeighbourProposal;
import nl.onderwijsregio.workspace.regions.NeighbourProposals;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.shell.Translations;

/** The neighbour pairs that follow from the areas but are not in the neighbour list yet, each to accept. */
class ProposalsPanel extends Div {

    private final NeighbourProposals proposals;
    private final Runnable accepted;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph status = new Paragraph();

    ProposalsPanel(NeighbourProposals proposals, Runnable accepted) {
        this.proposals = proposals;
        this.accepted = accepted;
        setId("neighbour-proposals");
        status.getElement().setAttribute("aria-live", "polite");
        add(
                new H2(getTranslation("proposals.heading")),
                new Paragraph(getTranslation("proposals.intro")),
                status,
                list);
    }

    void refresh() {
        list.removeAll();
        var all = proposals.proposals();
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("proposals.none")));
        }
        for (NeighbourProposal p : all) {
            Button accept = new Button(getTranslation("proposals.accept"), e -> accept(p));
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            accept.setId("accept-" + p.first().id() + "-" + p.second().id());
            accept.setAriaLabel(getTranslation(
                    "proposals.accept.aria", p.first().name(), p.second().name()));
            ListItem item = new ListItem(
                    new Span(getTranslation(
                                    "proposals.pair",
                                    p.first().name(),
                                    p.second().name(),
                                    p.border()) + " "),
                    accept);
            item.addClassName("proposal");
            list.add(item);
        }
    }

    private void accept(NeighbourProposal p) {
        try {
            proposals.accept(p.first().id(), p.second().id());
            status.setText(getTranslation(
                    "proposals.accepted", p.first().name(), p.second().name()));
            accepted.run();
        } catch (RegionRuleException e) {
            status.setText(Translations.explain(e, getLocale()));
        }
    }
}
