package nl.onderwijsregio.workspace.language;

import java.util.Optional;
import nl.onderwijsregio.workspace.messages.Language;
import nl.onderwijsregio.workspace.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language the signed-in person chose, remembered for their next sessions. */
@Service
@Transactional(readOnly = true)
public class LanguageService {

    private final LanguagePreferences preferences;
    private final CurrentUser currentUser;

    LanguageService(LanguagePreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    /** The stored choice of the signed-in person; empty for a visitor or a person who never chose. */
    public Optional<Language> preferred() {
        return currentUser.get().flatMap(user -> preferences.of(user.username()));
    }

    /** Remembers the signed-in person's choice; for a visitor nothing is stored. */
    @Transactional
    public void remember(Language language) {
        currentUser.get().ifPresent(user -> preferences.remember(user.username(), language));
    }
}
