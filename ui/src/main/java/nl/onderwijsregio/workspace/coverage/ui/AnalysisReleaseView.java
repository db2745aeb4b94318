package nl.onderwijsregio.workspace.coverage.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.NATIONAL;
import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.NoSuchElementException;
import nl.onderwijsregio.workspace.analysis.AnalysisExporter;
import nl.onderwijsregio.workspace.analysis.ExportFormat;
import nl.onderwijsregio.workspace.analysis.NationalAnalyses;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.analysis.ReleaseChapter;
import nl.onderwijsregio.workspace.findings.Markdown;
import nl.onderwijsregio.workspace.shell.DownloadLink;
import nl.onderwijsregio.workspace.shell.Moments;
import org.jspecify.annotations.Nullable;

/**
 * The text of a vastgestelde analysis a region shared with the Realisatie-Eenheid, read-only: its frozen chapters
 * (citations already written out) rendered with the findings' safe Markdown renderer. A release not shared with the
 * Realisatie-Eenheid is not found.
 */
@Route("landelijk/analyse")
@RolesAllowed({NATIONAL, PLATFORM_ADMIN})
public class AnalysisReleaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NationalAnalyses national;
    private final AnalysisExporter exporter;
    private @Nullable Release release;

    public AnalysisReleaseView(NationalAnalyses national, AnalysisExporter exporter) {
        this.national = national;
        this.exporter = exporter;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        List<ReleaseChapter> chapters;
        try {
            release = national.release(id);
            chapters = national.chapters(id);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(release, chapters);
    }

    private void show(Release r, List<ReleaseChapter> chapters) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("national.analyses.back"), NationalView.class);
        back.setQueryParameters(QueryParameters.of(NationalView.PART, NationalView.Part.ANALYSES.key()));
        back.addClassName("back-link");
        back.setId("analysis-release-back");
        H1 title = new H1(getTranslation("national.analyses.release.title", r.edition(), r.regionName()));
        title.setId("analysis-release-heading");
        Paragraph meta = new Paragraph(getTranslation(
                "national.analyses.release.meta",
                r.number(),
                Moments.dateTime(r.establishedAt(), getLocale()),
                r.establishedByName()));
        meta.addClassName("help");
        meta.setId("analysis-release-meta");
        add(back, title, meta, downloads(r));
        for (ReleaseChapter chapter : chapters) {
            Div body = new Div();
            body.addClassName("markdown");
            body.setId("analysis-release-chapter-" + chapter.position());
            if (chapter.body().isBlank()) {
                body.add(new Paragraph(getTranslation("analysis.release.noText")));
            } else {
                body.getElement().setProperty("innerHTML", Markdown.toSafeHtml(chapter.body()));
            }
            add(new H2(chapter.title()), body);
        }
    }

    /** DOCX, PDF and Markdown of the release, named as the export names them (without making a file to learn the name). */
    private Div downloads(Release r) {
        String what = getTranslation("national.analyses.release.title", r.edition(), r.regionName());
        Div links = new Div();
        links.addClassNames("register-actions", "national-downloads");
        for (ExportFormat format : ExportFormat.values()) {
            Anchor anchor = DownloadLink.of(
                    getTranslation("national.analyses.download", format.label()),
                    r.fileName(format),
                    format.contentType(),
                    () -> exporter.national(r.id(), format).content());
            anchor.setId("analysis-release-" + format.extension());
            anchor.getElement()
                    .setAttribute(
                            "aria-label", getTranslation("national.analyses.download.aria", what, format.label()));
            links.add(anchor);
        }
        return links;
    }

    @Override
    public String getPageTitle() {
        String what = release == null
                ? getTranslation("section.national")
                : getTranslation("national.analyses.release.title", release.edition(), release.regionName());
        return what + " · " + getTranslation("product.short");
    }
}
