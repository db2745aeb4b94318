package nl.onderwijsregio.workspace.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.ChapterThemes;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.themes.SubTheme;

/** How the analysis screens write moments, statuses, themes and sharing: in words, in Dutch local time. */
final class AnalysisFormat {

    static final ZoneId AMSTERDAM = Moments.ZONE;

    private AnalysisFormat() {}

    /** A moment as people in the Netherlands read it: {@code 1 dec. 2026, 14:05} (see {@link Moments}). */
    static String moment(OffsetDateTime at, Locale locale) {
        return Moments.dateTime(at, locale);
    }

    static String day(OffsetDateTime at, Locale locale) {
        return Moments.date(at, locale);
    }

    /** The status as a badge with its name in words (the colour only repeats it). */
    static Span status(Component owner, AnalysisStatus status) {
        Span badge = new Span(owner.getTranslation("analysis.status." + status.name()));
        badge.addClassNames("badge", "analysis-status-" + status.name().toLowerCase(Locale.ROOT));
        badge.setId("analysis-status");
        return badge;
    }

    /** "Behouden (Begeleiden), Regionale context": each theme with the sub-themes it is narrowed to. */
    static String themes(ChapterThemes themes) {
        return themes.themes().stream()
                .map(t -> {
                    List<SubTheme> narrowed = themes.narrowing(t);
                    return narrowed.isEmpty() || narrowed.equals(t.subThemes())
                            ? t.label()
                            : t.label() + " ("
                                    + narrowed.stream().map(SubTheme::label).collect(Collectors.joining(", "))
                                    + ")";
                })
                .collect(Collectors.joining(", "));
    }

    /** With whom a release is shared, as a sentence part. */
    static String sharing(Component owner, Release release) {
        if (release.sharedNeighbours() && release.sharedNational()) {
            return owner.getTranslation("analysis.release.shared.both");
        }
        if (release.sharedNeighbours()) {
            return owner.getTranslation("analysis.release.shared.neighbours");
        }
        if (release.sharedNational()) {
            return owner.getTranslation("analysis.release.shared.national");
        }
        return owner.getTranslation("analysis.release.shared.none");
    }
}
