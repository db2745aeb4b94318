package nl.onderwijsregio.workspace.findings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingComment;
import nl.onderwijsregio.workspace.findings.FindingRuleException;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.SharedFindings;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.team.FormerMembers;

/**
 * The conversation on a finding: every region that may read it may react; its own region may hide a reaction (and
 * show it again), which then only the own region still sees, marked as hidden.
 */
class CommentThread extends Div {

    private final FindingService findings;
    private final SharedFindings shared;
    private final Finding finding;
    private final boolean regional;
    private final boolean ownRegion;
    private final FormerMembers former;
    private final Div list = new Div();
    private final TextArea reply = new TextArea();
    private final Paragraph error = new Paragraph();

    CommentThread(
            FindingService findings,
            SharedFindings shared,
            Finding finding,
            boolean regional,
            boolean ownRegion,
            FormerMembers former) {
        this.findings = findings;
        this.former = former;
        this.shared = shared;
        this.finding = finding;
        this.regional = regional;
        this.ownRegion = ownRegion;
        addClassName("comment-thread");
        setId("comments");
        list.addClassName("comment-list");
        add(new H2(getTranslation("findings.comments")), list);
        if (regional && finding.published()) {
            reply.setLabel(getTranslation("findings.comment.label"));
            reply.setId("comment-text");
            reply.setMaxLength(4000);
            reply.setWidthFull();
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            error.setVisible(false);
            Button send = new Button(getTranslation("findings.comment.send"), e -> send());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("send-comment");
            add(reply, error, send);
        } else if (regional) {
            add(new Paragraph(getTranslation("findings.comment.draft")));
        }
        refresh();
    }

    private void send() {
        error.setVisible(false);
        try {
            findings.comment(finding.id(), reply.getValue());
            reply.clear();
            refresh();
        } catch (FindingRuleException e) {
            error.setText(Translations.explain(e, getLocale()));
            error.setVisible(true);
        }
    }

    private void refresh() {
        list.removeAll();
        List<FindingComment> comments = regional ? findings.comments(finding.id()) : shared.comments(finding.id());
        if (comments.isEmpty()) {
            list.add(new Paragraph(getTranslation("findings.comments.empty")));
        }
        for (FindingComment c : comments) {
            list.add(comment(c));
        }
    }

    private Div comment(FindingComment c) {
        Span who = new Span(former.name(c.regionId(), c.author(), c.authorName(), getLocale()) + " · " + c.regionName()
                + " · " + Moments.dateTime(c.createdAt(), getLocale()));
        who.addClassName("muted");
        Paragraph text = new Paragraph(c.body());
        text.addClassName("comment-body");
        Div item = new Div(who, text);
        item.addClassName("comment");
        if (c.hidden()) {
            item.addClassName("comment-hidden");
            Span hidden = new Span(getTranslation("findings.comment.hidden"));
            hidden.addClassName("badge");
            item.addComponentAsFirst(hidden);
        }
        if (ownRegion) {
            Button toggle =
                    new Button(getTranslation(c.hidden() ? "findings.comment.show" : "findings.comment.hide"), e -> {
                        findings.hideComment(finding.id(), c.id(), !c.hidden());
                        refresh();
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            item.add(toggle);
        }
        return item;
    }
}
