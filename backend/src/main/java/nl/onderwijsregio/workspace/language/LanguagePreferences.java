package nl.onderwijsregio.workspace.language;

import static nl.onderwijsregio.db.Tables.USER_PREFERENCE;

import java.time.OffsetDateTime;
import java.util.Optional;
import nl.onderwijsregio.workspace.messages.Language;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The language column of the person's own preferences row (row-level security: own person only). */
@Repository
class LanguagePreferences {

    private final DSLContext db;

    LanguagePreferences(DSLContext db) {
        this.db = db;
    }

    Optional<Language> of(String username) {
        return db.select(USER_PREFERENCE.LANGUAGE)
                .from(USER_PREFERENCE)
                .where(USER_PREFERENCE.USERNAME.eq(username))
                .fetchOptional(USER_PREFERENCE.LANGUAGE)
                .flatMap(Language::fromTag);
    }

    void remember(String username, Language language) {
        db.insertInto(USER_PREFERENCE)
                .set(USER_PREFERENCE.USERNAME, username)
                .set(USER_PREFERENCE.LANGUAGE, language.tag())
                .onConflict(USER_PREFERENCE.USERNAME)
                .doUpdate()
                .set(USER_PREFERENCE.LANGUAGE, language.tag())
                .set(USER_PREFERENCE.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }
}
