package nl.onderwijsregio.workspace.security;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the API's problem details, in Dutch and (when the client's {@code Accept-Language} prefers it)
 * English. Used by the Spring MVC handlers, the error page of the servlet container, the security entry points and
 * Tomcat's own error report, so that every API error reads the same, without framework names.
 */
public final class ProblemTexts {

    private static final Locale DUTCH = Locale.of("nl");
    private static final List<Locale> OFFERED = List.of(DUTCH, Locale.ENGLISH);

    /** key → {Dutch, English}; {0}, {1} are filled with {@link MessageFormat}. */
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            entry("title.400", "Ongeldig verzoek", "Bad request"),
            entry("title.401", "Niet ingelogd", "Not signed in"),
            entry("title.403", "Geen toegang", "Access denied"),
            entry("title.404", "Niet gevonden", "Not found"),
            entry("title.405", "Methode niet toegestaan", "Method not allowed"),
            entry("title.406", "Antwoordformaat niet beschikbaar", "Not acceptable"),
            entry("title.408", "Verzoek duurde te lang", "Request timeout"),
            entry("title.409", "Conflict", "Conflict"),
            entry("title.413", "Verzoek te groot", "Request too large"),
            entry("title.414", "Adres te lang", "Address too long"),
            entry("title.431", "Kopregels te groot", "Request headers too large"),
            entry("title.415", "Gegevenstype niet ondersteund", "Unsupported media type"),
            entry("title.429", "Te veel verzoeken", "Too many requests"),
            entry("title.500", "Interne fout", "Internal error"),
            entry("title.503", "Tijdelijk niet beschikbaar", "Temporarily unavailable"),
            entry("title.other", "Fout", "Error"),
            entry("title.invalid", "Ongeldige invoer", "Invalid input"),
            entry(
                    "detail.400",
                    "Het verzoek kon niet worden verwerkt. Controleer het adres en de invoer.",
                    "The request could not be processed. Check the address and the input."),
            entry(
                    "detail.401",
                    "Stuur een geldig toegangstoken mee (Authorization: Bearer ...).",
                    "Send a valid access token (Authorization: Bearer ...)."),
            entry("detail.403", "Je hebt geen toegang tot dit onderdeel.", "You have no access to this part."),
            entry(
                    "detail.404",
                    "Dit adres bestaat niet in de API. De beschrijving staat op /api/v1/docs.",
                    "This address does not exist in the API. It is described at /api/v1/docs."),
            entry(
                    "detail.405",
                    "Dit adres ondersteunt {0} niet. Wel toegestaan: {1}.",
                    "This address does not support {0}. Allowed: {1}."),
            entry(
                    "detail.406",
                    "Dit adres kan niet antwoorden in het gevraagde formaat (Accept).",
                    "This address cannot answer in the requested format (Accept)."),
            entry(
                    "detail.408",
                    "Het verzoek duurde te lang. Probeer het opnieuw.",
                    "The request took too long. Please try again."),
            entry("detail.413", "Het verzoek is groter dan toegestaan.", "The request is larger than allowed."),
            entry(
                    "detail.414",
                    "Het adres van het verzoek is te lang (ten hoogste 8 KB).",
                    "The address of the request is too long (8 KB at most)."),
            entry(
                    "detail.431",
                    "De kopregels van het verzoek (zoals cookies) zijn samen te groot (ten hoogste 8 KB).",
                    "The request headers (such as cookies) are too large together (8 KB at most)."),
            entry(
                    "detail.415",
                    "Het gegevenstype {0} wordt hier niet ondersteund. Gebruik: {1}.",
                    "The media type {0} is not supported here. Use: {1}."),
            entry(
                    "detail.500",
                    "Er ging iets mis aan onze kant. Noem referentie {0} als je contact opneemt.",
                    "Something went wrong on our side. Quote reference {0} when you get in touch."),
            entry(
                    "detail.503",
                    "De dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw.",
                    "The service is temporarily unavailable. Please try again later."),
            entry("detail.other", "Het verzoek kon niet worden afgehandeld.", "The request could not be handled."),
            entry("detail.invalid", "Controleer de invoer.", "Check the input."),
            entry("detail.missing-parameter", "De parameter ''{0}'' ontbreekt.", "The parameter ''{0}'' is missing."),
            entry(
                    "detail.invalid-parameter",
                    "De parameter ''{0}'' heeft een ongeldige waarde.",
                    "The parameter ''{0}'' has an invalid value."),
            entry("detail.missing-header", "De header ''{0}'' ontbreekt.", "The header ''{0}'' is missing."),
            entry(
                    "detail.missing-part",
                    "Het onderdeel ''{0}'' van het formulier ontbreekt.",
                    "The form part ''{0}'' is missing."),
            entry(
                    "detail.bad-path",
                    "Het adres bevat tekens die niet zijn toegestaan (zoals een gecodeerde schuine streep of een "
                            + "NUL-teken).",
                    "The address contains characters that are not allowed (such as an encoded slash or a NUL "
                            + "character)."));

    private ProblemTexts() {}

    /** Whether the client prefers English over Dutch ({@code Accept-Language}); Dutch otherwise. */
    public static boolean english(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return chosen != null && chosen.getLanguage().equals("en");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The text under {@code key}, with its arguments. */
    public static String text(String key, boolean english, Object... arguments) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("No problem text " + key);
        }
        String pattern = texts[english ? 1 : 0];
        return new MessageFormat(pattern, english ? Locale.ENGLISH : DUTCH).format(arguments);
    }

    /** The title for an HTTP status, or a general one. */
    public static String title(int status, boolean english) {
        return text(TEXTS.containsKey("title." + status) ? "title." + status : "title.other", english);
    }

    /** The general detail for an HTTP status (for 500: with the reference to quote). */
    public static String detail(int status, boolean english, Object... arguments) {
        return text(TEXTS.containsKey("detail." + status) ? "detail." + status : "detail.other", english, arguments);
    }

    private static Map.Entry<String, String[]> entry(String key, String dutch, String english) {
        return Map.entry(key, new String[] {dutch, english});
    }
}
