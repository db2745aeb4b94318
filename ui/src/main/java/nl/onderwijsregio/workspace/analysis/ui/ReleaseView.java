package nl.onderwijsregio.workspace.analysis.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.NoSuchElementException;
import nl.onderwijsregio.workspace.analysis.AnalysisExporter;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.ExportFile;
import nl.onderwijsregio.workspace.analysis.ExportFormat;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.analysis.ReleaseChapter;
import nl.onderwijsregio.workspace.analysis.SharedAnalyses;
import nl.onderwijsregio.workspace.findings.Markdown;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.jspecify.annotations.Nullable;

/**
 * A vastgestelde version, read-only: the region's own or one a neighbour shared with it. Its chapters are frozen,
 * their citations already written out as references; it can be exported as it was established.
 */
@StyleSheet("analysis.css")
@Route("analyse/versie/:id")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER})
public class ReleaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final AnalysisService analyses;
    private final SharedAnalyses shared;
    private final AnalysisExporter exporter;
    private @Nullable Release release;

    public ReleaseView(AnalysisService analyses, SharedAnalyses shared, AnalysisExporter exporter) {
        this.analyses = analyses;
        this.shared = shared;
        this.exporter = exporter;
        addClassNames("page", "analysis");
    }

    static RouteParameters params(long releaseId) {
        return new RouteParameters(ID, String.valueOf(releaseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ReleaseChapter> chapters;
        Release r;
        try {
            long id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            r = shared.release(id);
            chapters = own(r) ? analyses.releaseChapters(id) : shared.chapters(id);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        release = r;
        show(r, chapters);
    }

    private static boolean own(Release r) {
        return ActiveRegion.current().map(r.regionId()::equals).orElse(false);
    }

    private void show(Release r, List<ReleaseChapter> chapters) {
        removeAll();
        boolean own = own(r);
        RouterLink back = new RouterLink(getTranslation("analysis.back.section"), AnalysisView.class);
        if (own) {
            back.setQueryParameters(AnalysisView.edition(r.analysisId()));
        }
        back.addClassName("back-link");
        H1 heading = new H1(getTranslation("analysis.release.heading", r.edition(), r.regionName()));
        heading.setId("release-heading");
        Span version = new Span(getTranslation("analysis.release.version", String.valueOf(r.number())));
        version.addClassNames("badge", "analysis-status-vastgesteld");
        Span when = new Span(getTranslation(
                "analysis.release.line", AnalysisFormat.moment(r.establishedAt(), getLocale()), r.establishedByName()));
        when.addClassName("muted");
        Div meta = new Div(version, when);
        meta.addClassName("analysis-meta");
        if (own) {
            Span sharing = new Span(AnalysisFormat.sharing(this, r));
            sharing.addClassNames("badge", "badge-shared");
            sharing.setId("release-sharing");
            meta.add(sharing);
        }
        Paragraph frozen =
                new Paragraph(getTranslation(own ? "analysis.release.frozen" : "analysis.release.fromNeighbour"));
        frozen.addClassName("notice");
        add(back, heading, meta, frozen, new AnalysisExports(format -> export(r, format)));
        Div text = new Div();
        text.setId("release-chapters");
        for (ReleaseChapter c : chapters) {
            Div chapter = new Div();
            chapter.addClassName("release-chapter");
            chapter.add(new H2(c.title()));
            Div body = new Div();
            body.addClassName("markdown");
            body.setId("release-chapter-" + c.position());
            if (c.body().isBlank()) {
                body.add(new Paragraph(getTranslation("analysis.release.noText")));
            } else {
                body.getElement().setProperty("innerHTML", Markdown.toSafeHtml(c.body()));
            }
            chapter.add(body);
            text.add(chapter);
        }
        add(text);
    }

    private ExportFile export(Release r, ExportFormat format) {
        return own(r) ? exporter.release(r.id(), format) : exporter.shared(r.id(), format);
    }

    @Override
    public String getPageTitle() {
        Release r = release;
        return (r == null ? getTranslation("section.analysis") : r.edition() + " · " + r.regionName()) + " · "
                + getTranslation("product.short");
    }
}
