package nl.onderwijsregio.workspace.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;

/** Test fixtures for the notifications: people who want mail, findings shared or not, and the caught mails. */
final class Fixtures {

    private Fixtures() {}

    /** The lead of {@code region} is in its team and wants {@code kind} at {@code frequency} at {@code email}. */
    static void wants(
            String region,
            AsUser person,
            String email,
            NotificationKind kind,
            Frequency frequency,
            TeamService team,
            NotificationSettingsService settings) {
        person.run(region, () -> {
            team.recordActivity();
            settings.save(new NotificationSettings(email, "nl", Map.of(kind, frequency)));
        });
    }

    static Finding publish(String region, String title, Visibility visibility, FindingService findings) {
        return AsUser.lead(region)
                .call(
                        region,
                        () -> findings.create(new FindingDraft(
                                title,
                                "Tekst van " + title,
                                Theme.BEHOUDEN,
                                SubTheme.BEGELEIDEN,
                                FindingKind.OVERLEG,
                                LocalDate.of(2026, 3, 1),
                                null,
                                Set.of(Sector.PO),
                                List.of(),
                                List.of(),
                                true,
                                visibility)));
    }

    static List<MimeMessage> mailsTo(List<MimeMessage> all, String email) {
        return all.stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients() != null
                                && m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static String text(MimeMessage mail) {
        try {
            return mail.getSubject() + "\n" + CaughtMailPage.text(mail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
