package nl.onderwijsregio.workspace.analysis.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisComment;
import nl.onderwijsregio.workspace.analysis.AnalysisConflictException;
import nl.onderwijsregio.workspace.analysis.AnalysisRuleException;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.ChapterSuggestions;
import nl.onderwijsregio.workspace.analysis.ChapterVersion;
import nl.onderwijsregio.workspace.analysis.Citations;
import nl.onderwijsregio.workspace.analysis.Evidence;
import nl.onderwijsregio.workspace.analysis.EvidenceRef;
import nl.onderwijsregio.workspace.findings.Markdown;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.team.Authors;
import nl.onderwijsregio.workspace.team.FormerMembers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing one chapter: the Markdown text beside a live preview in which citations read as the evidence they name,
 * saved optimistically (a refused save keeps the text and offers the comparison with the newer version); the
 * evidence attached and what the workspace suggests; the saved versions with a comparison; and the comments while
 * the analysis is ter bespreking. The generated source account only explains itself.
 */
@StyleSheet("analysis.css")
@Route("analyse/hoofdstuk/:id")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER})
public class ChapterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final AnalysisService analyses;
    private final boolean lead;
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final Paragraph message = new Paragraph();
    private final Div conflict = new Div();
    private final Div evidencePanel = new Div();
    private final Div suggestionsPanel = new Div();
    private final Div versionsPanel = new Div();
    private final Div commentsPanel = new Div();
    private @Nullable Analysis analysis;
    private @Nullable Chapter chapter;
    private int revision;
    private @Nullable Integer cursor;
    private final Authors authors;
    private FormerMembers former = FormerMembers.none();

    public ChapterView(AnalysisService analyses, RegionAccess access, Authors authors) {
        this.analyses = analyses;
        this.authors = authors;
        this.lead = access.lead();
        addClassNames("page", "analysis");
        message.getElement().setAttribute("role", "alert");
        message.setId("chapter-message");
        message.addClassName("form-error");
        conflict.setId("chapter-conflict");
    }

    static RouteParameters params(long chapterId) {
        return new RouteParameters(ID, String.valueOf(chapterId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            Analysis found = find(id).orElseThrow();
            analysis = found;
            chapter = found.chapter(id).orElseThrow();
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    /** The edition holding the chapter (editions are few: one a year). */
    private Optional<Analysis> find(long chapterId) {
        return analyses.editions().stream()
                .map(a -> analyses.analysis(a.id()))
                .filter(a -> a.chapter(chapterId).isPresent())
                .findFirst();
    }

    private Chapter chapter() {
        Chapter c = chapter;
        if (c == null) {
            throw new IllegalStateException("no chapter");
        }
        return c;
    }

    private Analysis analysis() {
        Analysis a = analysis;
        if (a == null) {
            throw new IllegalStateException("no analysis");
        }
        return a;
    }

    private void show() {
        removeAll();
        former = authors.ofActiveRegion();
        Chapter c = chapter();
        Analysis a = analysis();
        revision = c.revision();
        RouterLink back = new RouterLink(getTranslation("analysis.back", a.edition()), AnalysisView.class);
        back.setQueryParameters(AnalysisView.edition(a.id()));
        back.addClassName("back-link");
        H1 heading = new H1(c.title());
        heading.setId("chapter-heading");
        add(back, heading);
        Div meta = new Div(AnalysisFormat.status(this, a.status()));
        meta.addClassName("analysis-meta");
        if (!c.themes().isEmpty()) {
            Span themes = new Span(getTranslation("analysis.chapter.themes", AnalysisFormat.themes(c.chapterThemes())));
            themes.setId("chapter-themes");
            meta.add(themes);
        }
        Span changed = new Span(getTranslation(
                "analysis.changed", AnalysisFormat.moment(c.updatedAt(), getLocale()), who(c.updatedByName())));
        changed.addClassName("muted");
        meta.add(changed);
        add(meta);
        if (!c.guidance().isBlank()) {
            Paragraph guidance = new Paragraph(getTranslation("analysis.chapter.guidance", c.guidance()));
            guidance.addClassName("notice");
            guidance.setId("chapter-guidance");
            add(guidance);
        }
        if (c.generated()) {
            Paragraph generated = new Paragraph(getTranslation("analysis.chapter.generated.text"));
            generated.setId("chapter-generated");
            add(generated);
            return;
        }
        if (a.status() == AnalysisStatus.VASTGESTELD) {
            Paragraph next =
                    new Paragraph(getTranslation("analysis.chapter.nextVersion", String.valueOf(a.version() + 1)));
            next.addClassName("notice");
            next.setId("chapter-next-version");
            add(next);
        }
        editor(c);
        add(evidencePanel, suggestionsPanel, versionsPanel, commentsPanel);
        evidence();
        suggestions();
        versions();
        comments();
    }

    // --- writing

    private void editor(Chapter c) {
        title.setLabel(getTranslation("analysis.chapter.title"));
        title.setId("chapter-title");
        title.setMaxLength(200);
        title.setValue(c.title());
        title.setWidth("min(40rem, 100%)");
        if (lead) {
            add(title);
        }
        body.setLabel(getTranslation("analysis.chapter.body"));
        body.setHelperText(getTranslation("analysis.chapter.body.help"));
        body.setId("chapter-body");
        body.setWidthFull();
        body.setMinHeight("20rem");
        body.setMaxLength(100_000);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(400);
        body.setValue(c.body());
        body.addValueChangeListener(e -> renderPreview());
        // where the caret was when the writer left the text (e.g. for "Verwijzing invoegen"): the citation goes there
        body.getElement()
                .addEventListener("focusout", e -> {
                    int at = e.getEventData()
                            .path("element.inputElement.selectionStart")
                            .asInt(-1);
                    cursor = at < 0 ? null : at;
                })
                .addEventData("element.inputElement.selectionStart");
        cursor = null;
        preview.setId("chapter-preview");
        preview.addClassName("markdown");
        H2 previewHeading = new H2(getTranslation("analysis.chapter.preview"));
        Div previewPart = new Div(previewHeading, preview);
        previewPart.addClassName("analysis-preview");
        previewPart.getElement().setAttribute("aria-live", "off");
        Div writing = new Div(body);
        Div sideBySide = new Div(writing, previewPart);
        sideBySide.addClassName("analysis-editor");
        renderPreview();

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-chapter");
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Span shortcut = new Span(getTranslation("analysis.chapter.save.shortcut"));
        shortcut.addClassName("muted");
        Div actions = new Div(save, shortcut);
        actions.addClassName("analysis-actions");
        message.setVisible(false);
        conflict.removeAll();
        add(sideBySide, message, conflict, actions);
    }

    /** The text as it will read: Markdown rendered safely, citations replaced by what they name. */
    private void renderPreview() {
        String text = body.getValue();
        Map<EvidenceRef, Evidence> described = analyses.describe(Citations.in(text));
        String readable = Citations.replace(text, ref -> {
            Evidence e = described.get(ref);
            return e == null
                    ? "(" + escape(getTranslation("analysis.citation.unknown", ref.citation())) + ")"
                    : "(*" + escape(e.reference()) + "*)";
        });
        preview.getElement().setProperty("innerHTML", Markdown.toSafeHtml(readable));
    }

    /** Markdown punctuation in a label is shown as written. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]{}()#+!|<>~-])", "\\\\$1");
    }

    private void success(String text) {
        message.removeClassName("form-error");
        message.addClassName("form-success");
        message.getElement().setAttribute("role", "status");
        message.setText(text);
        message.setVisible(true);
    }

    private void problem(@Nullable String text) {
        message.removeClassName("form-success");
        message.addClassName("form-error");
        message.getElement().setAttribute("role", "alert");
        message.setText(text == null ? getTranslation("analysis.error") : text);
        message.setVisible(true);
    }

    private void save() {
        Chapter c = chapter();
        message.setVisible(false);
        conflict.removeAll();
        title.setInvalid(false);
        String newTitle = lead ? title.getValue() : c.title();
        try {
            Chapter saved = analyses.save(c.id(), revision, newTitle, body.getValue());
            chapter = saved;
            analysis = analyses.analysis(saved.analysisId());
            show();
            success(getTranslation("analysis.chapter.saved", saved.title()));
        } catch (AnalysisConflictException e) {
            problem(Translations.explain(e, getLocale()));
            Button compare = new Button(getTranslation("analysis.conflict.compare"), ev -> compareWithNewer());
            compare.setId("compare-newer");
            conflict.add(compare);
        } catch (AnalysisRuleException | AccessDeniedException | java.util.NoSuchElementException e) {
            problem(Translations.explain(e, getLocale()));
        }
    }

    /** Shows what the other person saved against what is typed here; saving after that replaces theirs. */
    private void compareWithNewer() {
        Chapter c = chapter();
        Chapter newer = analyses.analysis(c.analysisId()).chapter(c.id()).orElse(c);
        Dialog dialog = Dialogs.identify(new Dialog(), "analysis-compare");
        dialog.setHeaderTitle(getTranslation("analysis.conflict.title"));
        Paragraph intro = new Paragraph(getTranslation("analysis.conflict.intro", newer.updatedByName()));
        dialog.add(intro, diff(LineDiff.between(newer.body(), body.getValue())));
        Button keep = new Button(getTranslation("analysis.conflict.keepMine"), e -> {
            revision = newer.revision();
            if (!lead || title.getValue().equals(c.title())) {
                // keep the other person's title unless this lead changed it here
                title.setValue(newer.title());
            }
            chapter = newer;
            dialog.close();
            success(getTranslation("analysis.conflict.ready"));
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setId("keep-mine");
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), keep);
        dialog.setWidth("min(56rem, 96vw)");
        dialog.open();
    }

    /** Puts the citation where the caret was when the writer left the text, or at the end. */
    private void insert(EvidenceRef ref) {
        String text = body.getValue();
        Integer caret = cursor;
        int at = caret == null ? text.length() : Math.clamp(caret, 0, text.length());
        String before = text.substring(0, at);
        String after = text.substring(at);
        String lead = before.isEmpty() || before.endsWith(" ") || before.endsWith("\n") ? "" : " ";
        String trail = after.isEmpty() || after.startsWith(" ") || after.startsWith("\n") ? "" : " ";
        String citation = lead + ref.citation() + trail;
        body.setValue(before + citation + after);
        cursor = at + citation.length();
        body.focus();
    }

    // --- evidence

    private void evidence() {
        evidencePanel.removeAll();
        evidencePanel.setId("evidence-panel");
        evidencePanel.addClassName("analysis-panel");
        evidencePanel.add(new H2(getTranslation("analysis.evidence")));
        List<Evidence> attached = analyses.evidence(chapter().id());
        if (attached.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("analysis.evidence.empty"));
            none.addClassName("empty-state");
            evidencePanel.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("analysis-list");
        for (Evidence e : attached) {
            Button cite = small("analysis.evidence.cite", "cite-", e, ev -> insert(e.ref()));
            Button detach = small("analysis.evidence.detach", "detach-", e, ev -> detach(e.ref()));
            list.add(item(e, cite, detach));
        }
        evidencePanel.add(list);
    }

    private ListItem item(Evidence e, Component... actions) {
        Span label = new Span(e.label());
        label.addClassName("evidence-label");
        Span kind = new Span(e.ref().kind().label(Translations.current()));
        kind.addClassNames("badge", "badge-visibility");
        ListItem item = new ListItem(label, new Span(" "), kind);
        if (e.detail() != null && !e.detail().isBlank()) {
            Div detail = new Div(new Span(e.detail()));
            detail.addClassName("muted");
            item.add(detail);
        }
        Span citation = new Span(e.ref().citation());
        citation.addClassName("evidence-citation");
        Div buttons = new Div(citation);
        buttons.add(actions);
        buttons.addClassName("analysis-actions");
        item.add(buttons);
        item.setId("evidence-" + id(e.ref()));
        return item;
    }

    private Button small(
            String key,
            String idPrefix,
            Evidence e,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key), click);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + e.label());
        button.setId(idPrefix + id(e.ref()));
        return button;
    }

    static String id(EvidenceRef ref) {
        return ref.kind().citation() + "-" + ref.ref();
    }

    private void detach(EvidenceRef ref) {
        try {
            chapter = analyses.detach(chapter().id(), ref);
            evidence();
            suggestions();
        } catch (AnalysisRuleException | AccessDeniedException | NoSuchElementException e) {
            problem(Translations.explain(e, getLocale()));
        }
    }

    private void attach(Evidence e, boolean cite) {
        try {
            Chapter updated = analyses.attach(chapter().id(), e.ref());
            chapter = updated;
            if (cite) {
                insert(e.ref());
            }
            Notification.show(
                    getTranslation(cite ? "analysis.suggestion.cited" : "analysis.suggestion.attached", e.label()));
            evidence();
            suggestions();
        } catch (AnalysisRuleException | AccessDeniedException | NoSuchElementException ex) {
            problem(Translations.explain(ex, getLocale()));
        }
    }

    // --- suggestions

    private void suggestions() {
        suggestionsPanel.removeAll();
        suggestionsPanel.setId("suggestions-panel");
        suggestionsPanel.addClassName("analysis-panel");
        suggestionsPanel.add(new H2(getTranslation("analysis.suggestions")));
        ChapterSuggestions s = analyses.suggestions(chapter().id());
        if (s.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(
                    chapter().themes().isEmpty() ? "analysis.suggestions.noThemes" : "analysis.suggestions.empty"));
            none.addClassName("empty-state");
            none.setId("suggestions-empty");
            suggestionsPanel.add(none);
            return;
        }
        group("analysis.suggestions.sources", s.sources());
        group("analysis.suggestions.closedData", s.closedData());
        group("analysis.suggestions.findings", s.findings());
        group("analysis.suggestions.priorities", s.neighbourPriorities());
    }

    private void group(String key, List<Evidence> items) {
        if (items.isEmpty()) {
            return;
        }
        suggestionsPanel.add(new H3(getTranslation(key)));
        UnorderedList list = new UnorderedList();
        list.addClassName("analysis-list");
        for (Evidence e : items) {
            Button attach = small("analysis.suggestion.attach", "attach-", e, ev -> attach(e, false));
            Button cite = small("analysis.suggestion.attachCite", "attach-cite-", e, ev -> attach(e, true));
            ListItem item = item(e, attach, cite);
            item.setId("suggestion-" + id(e.ref()));
            list.add(item);
        }
        suggestionsPanel.add(list);
    }

    // --- versions

    /** A name on the chapter, marked when its person has left the region's team. */
    private String who(String name) {
        return former.displayName(name, getLocale());
    }

    private void versions() {
        versionsPanel.removeAll();
        versionsPanel.setId("versions-panel");
        versionsPanel.addClassName("analysis-panel");
        versionsPanel.add(new H2(getTranslation("analysis.versions")));
        List<ChapterVersion> versions = analyses.versions(chapter().id());
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("analysis.versions.empty"));
            none.addClassName("empty-state");
            versionsPanel.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("versions");
        for (ChapterVersion v : versions) {
            list.add(new ListItem(getTranslation(
                    "analysis.versions.line",
                    String.valueOf(v.revision()),
                    who(v.actorName()),
                    AnalysisFormat.moment(v.at(), getLocale()))));
        }
        versionsPanel.add(list);
        if (versions.size() < 2) {
            return;
        }
        Select<ChapterVersion> from = versionSelect("analysis.versions.from", "version-from", versions);
        from.setValue(versions.get(1));
        Select<ChapterVersion> to = versionSelect("analysis.versions.to", "version-to", versions);
        to.setValue(versions.get(0));
        Div result = new Div();
        result.setId("version-diff");
        Button compare = new Button(getTranslation("analysis.versions.compare"), e -> {
            result.removeAll();
            if (from.getValue() != null && to.getValue() != null) {
                result.add(diff(
                        LineDiff.between(from.getValue().body(), to.getValue().body())));
            }
        });
        compare.setId("compare-versions");
        Div row = new Div(from, to, compare);
        row.addClassName("analysis-actions");
        versionsPanel.add(row, result);
    }

    private Select<ChapterVersion> versionSelect(String key, String id, List<ChapterVersion> versions) {
        Select<ChapterVersion> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setId(id);
        select.setItems(versions);
        select.setItemLabelGenerator(v -> getTranslation(
                "analysis.versions.option",
                String.valueOf(v.revision()),
                who(v.actorName()),
                AnalysisFormat.moment(v.at(), getLocale())));
        return select;
    }

    /** A line diff in words as well as colour: every changed line says whether it was removed or added. */
    private Div diff(List<LineDiff.Line> lines) {
        Div diff = new Div();
        diff.addClassName("analysis-diff");
        boolean changed = false;
        for (LineDiff.Line line : lines) {
            Div row = new Div();
            switch (line.kind()) {
                case SAME -> {
                    row.addClassName("diff-same");
                    row.add(new Span(line.text()));
                }
                case REMOVED -> {
                    changed = true;
                    changedLine(row, "diff-removed", "analysis.diff.removed", "del", line.text());
                }
                case ADDED -> {
                    changed = true;
                    changedLine(row, "diff-added", "analysis.diff.added", "ins", line.text());
                }
            }
            diff.add(row);
        }
        if (!changed) {
            diff.add(new Paragraph(getTranslation("analysis.diff.same")));
        }
        return diff;
    }

    private void changedLine(Div row, String className, String key, String tag, String text) {
        row.addClassName(className);
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("diff-label");
        row.add(label);
        Element change = new Element(tag);
        change.setText(text);
        row.getElement().appendChild(change);
    }

    // --- comments

    private void comments() {
        commentsPanel.removeAll();
        commentsPanel.setId("comments-panel");
        commentsPanel.addClassName("analysis-panel");
        commentsPanel.add(new H2(getTranslation("analysis.comments")));
        List<AnalysisComment> comments = analyses.comments(chapter().id());
        for (AnalysisComment c : comments) {
            Div comment = new Div();
            comment.addClassName("comment");
            Span who = new Span(getTranslation(
                    "analysis.comments.by", who(c.authorName()), AnalysisFormat.moment(c.createdAt(), getLocale())));
            who.addClassName("muted");
            Paragraph text = new Paragraph(c.body());
            text.addClassName("comment-body");
            comment.add(who, text);
            commentsPanel.add(comment);
        }
        if (analysis().status() != AnalysisStatus.TER_BESPREKING) {
            Paragraph closed = new Paragraph(getTranslation("analysis.comments.closed"));
            closed.addClassName("empty-state");
            closed.setId("comments-closed");
            commentsPanel.add(closed);
            return;
        }
        if (comments.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("analysis.comments.empty"));
            none.addClassName("empty-state");
            commentsPanel.add(none);
        }
        TextArea text = new TextArea(getTranslation("analysis.comments.field"));
        text.setId("comment-text");
        text.setMaxLength(4000);
        text.setWidthFull();
        Button send = new Button(getTranslation("analysis.comments.send"), e -> {
            text.setInvalid(false);
            try {
                analyses.comment(chapter().id(), text.getValue());
                comments();
            } catch (AnalysisRuleException | AccessDeniedException ex) {
                text.setErrorMessage(Translations.explain(ex, getLocale()));
                text.setInvalid(true);
            }
        });
        send.setId("send-comment");
        commentsPanel.add(text, send);
    }

    @Override
    public String getPageTitle() {
        Chapter c = chapter;
        return (c == null ? getTranslation("section.analysis") : c.title()) + " · " + getTranslation("product.short");
    }
}
