package nl.onderwijsregio.workspace.notifications;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.analysis.SharedAnalyses;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.catalogue.Suggestion;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterToDo;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads an outbox row's item again at send time, as the recipient, through the screens' services: a finding no longer
 * shared with the region, or a register entry that no longer needs attention, gives nothing (the row is skipped).
 */
@Component
class MailItems {

    private final FindingService findings;
    private final RegisterService register;
    private final AnalysisService analyses;
    private final SharedAnalyses releases;
    private final CatalogueSuggestions suggestions;
    private final String publicUrl;

    MailItems(
            FindingService findings,
            RegisterService register,
            AnalysisService analyses,
            SharedAnalyses releases,
            CatalogueSuggestions suggestions,
            @Value("${workspace.public-url:http://localhost:8080}") String publicUrl) {
        this.findings = findings;
        this.register = register;
        this.analyses = analyses;
        this.releases = releases;
        this.suggestions = suggestions;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    Optional<MailItem> read(OutboxRow row, ResourceBundle texts, LocalDate today) {
        return switch (row.kind()) {
            case NEW_FINDING, COMMENT ->
                finding(row)
                        .map(f -> new MailItem(
                                row.id(),
                                row.kind(),
                                format(texts, "item." + row.kind(), f.regionName(), f.title()),
                                publicUrl + "/bevindingen/" + f.id()));
            case REGISTER_REMINDER ->
                reminder(row, today)
                        .map(e -> new MailItem(
                                row.id(),
                                row.kind(),
                                format(texts, "item.REGISTER_REMINDER." + reason(row), e.what()),
                                publicUrl + "/register"));
            case ANALYSIS_STATUS -> analysis(row, texts);
            case SUGGESTION_HANDLED -> suggestion(row, texts);
        };
    }

    /**
     * Up for review: the region's analysis, still ter bespreking in that version; established: the region's own
     * release; shared: a neighbour's release the region may (still) read.
     */
    private Optional<MailItem> analysis(OutboxRow row, ResourceBundle texts) {
        String[] parts = row.itemId().split(":");
        EventRecorder.AnalysisItem what = EventRecorder.AnalysisItem.valueOf(parts[0]);
        long id = Long.parseLong(parts[1]);
        String region = ActiveRegion.require();
        try {
            return switch (what) {
                case REVIEW -> {
                    Analysis a = analyses.analysis(id);
                    boolean still =
                            a.status() == AnalysisStatus.TER_BESPREKING && a.version() == Integer.parseInt(parts[2]);
                    yield still
                            ? Optional.of(new MailItem(
                                    row.id(),
                                    row.kind(),
                                    format(texts, "item.ANALYSIS_STATUS.REVIEW", a.edition(), a.version()),
                                    publicUrl + "/analyse?editie=" + a.id()))
                            : Optional.empty();
                }
                case ESTABLISHED, SHARED -> {
                    Release r = releases.release(id);
                    boolean own = r.regionId().equals(region);
                    if (own != (what == EventRecorder.AnalysisItem.ESTABLISHED)) {
                        yield Optional.empty();
                    }
                    yield Optional.of(new MailItem(
                            row.id(),
                            row.kind(),
                            format(texts, "item.ANALYSIS_STATUS." + what, r.edition(), r.number(), r.regionName()),
                            publicUrl + "/analyse/versie/" + r.id()));
                }
            };
        } catch (RuntimeException notReadable) {
            return Optional.empty();
        }
    }

    /** The person's region's suggestion, decided; declined with the maintainer's reason. */
    private Optional<MailItem> suggestion(OutboxRow row, ResourceBundle texts) {
        return suggestions
                .ownRegion(Long.parseLong(row.itemId()))
                .filter(s -> !s.open())
                .map(s -> new MailItem(
                        row.id(),
                        row.kind(),
                        "ACCEPTED".equals(s.status())
                                ? format(texts, "item.SUGGESTION_HANDLED.ACCEPTED", shortened(s.proposal()))
                                : format(
                                        texts,
                                        "item.SUGGESTION_HANDLED.DECLINED",
                                        shortened(s.proposal()),
                                        reason(s, texts)),
                        publicUrl + "/catalogus/voorstellen"));
    }

    private static String reason(Suggestion s, ResourceBundle texts) {
        return s.decisionNote() == null ? "" : s.decisionNote().text(texts.getLocale());
    }

    /** A proposal in a mail line: one line, at most 200 characters. */
    private static String shortened(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 199) + "…" : one;
    }

    String link(String path) {
        return publicUrl + path;
    }

    private Optional<Finding> finding(OutboxRow row) {
        try {
            return Optional.of(findings.get(Long.parseLong(row.itemId())));
        } catch (RuntimeException notReadable) {
            return Optional.empty();
        }
    }

    private Optional<RegisterEntry> reminder(OutboxRow row, LocalDate today) {
        long id = Long.parseLong(row.itemId().substring(0, row.itemId().indexOf(':')));
        RegisterToDo toDo = register.toDo(today);
        var list = switch (EventCollector.Reminder.valueOf(reason(row))) {
            case WAITING -> toDo.waitingForAnswer();
            case ENDING -> toDo.retentionEnding();
            case PAST -> toDo.pastRetention();
        };
        return list.stream().filter(e -> e.id() == id).findFirst();
    }

    private static String reason(OutboxRow row) {
        return row.itemId().substring(row.itemId().indexOf(':') + 1);
    }

    static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle("notifications/mail", Locale.forLanguageTag(language), NoFallback.INSTANCE);
    }

    /** Dutch and English only, never the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
