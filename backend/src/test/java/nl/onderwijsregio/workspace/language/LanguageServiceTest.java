package nl.onderwijsregio.workspace.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.messages.Language;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The language a person chooses is theirs alone and outlives the session; it leaves their last region alone. */
@SpringBootTest(classes = BackendTestApplication.class)
class LanguageServiceTest extends DatabaseTest {

    @Autowired
    LanguageService languages;

    @Autowired
    RegionService regions;

    @Test
    void a_person_who_never_chose_has_no_language_and_a_choice_is_remembered_for_them_only() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AsUser person = new AsUser("taal." + suffix, List.of(Role.REGIO_MEMBER), List.of("noordkust"));
        AsUser colleague = new AsUser("collega." + suffix, List.of(Role.REGIO_MEMBER), List.of("noordkust"));
        assertThat(person.call(null, languages::preferred)).isEmpty();

        person.run(null, () -> languages.remember(Language.EN));
        assertThat(person.call(null, languages::preferred)).contains(Language.EN);
        person.run(null, () -> languages.remember(Language.NL));
        assertThat(person.call(null, languages::preferred)).contains(Language.NL);
        assertThat(colleague.call(null, languages::preferred)).isEmpty();
    }

    @Test
    void the_language_and_the_last_region_live_side_by_side() {
        AsUser person = new AsUser(
                "beide." + UUID.randomUUID().toString().substring(0, 8),
                List.of(Role.REGIO_MEMBER),
                List.of("noordkust", "veenland"));
        person.run(null, () -> regions.rememberLastRegion("veenland"));
        person.run(null, () -> languages.remember(Language.EN));
        person.run(null, () -> regions.rememberLastRegion("noordkust"));
        assertThat(person.call(null, languages::preferred)).contains(Language.EN);
        assertThat(person.call(null, regions::lastRegion)).contains("noordkust");
    }

    @Test
    void a_visitor_has_no_stored_language_and_choosing_stores_nothing() {
        languages.remember(Language.EN);
        assertThat(languages.preferred()).isEmpty();
    }
}
