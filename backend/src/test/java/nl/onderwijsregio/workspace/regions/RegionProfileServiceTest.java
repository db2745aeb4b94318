package nl.onderwijsregio.workspace.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** A region's profile is its own: saved, read and cleared only for the active region, with an activity entry. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegionProfileServiceTest extends DatabaseTest {

    static final String OWN = TestRegions.id("stedenband");
    static final String OTHER = TestRegions.id("rivierenland");
    static final String THIRD = TestRegions.id("veenland");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, OWN, OTHER, THIRD);
    }

    @Autowired
    RegionProfileService profiles;

    @Autowired
    ActivityService activity;

    @Test
    void a_saved_profile_is_seen_by_its_region_only() {
        AsUser.lead(OWN)
                .run(
                        OWN,
                        () -> profiles.save(new ProfileChange(
                                "Wij werken samen.", "https://stedenband.example", "info@stedenband.example")));

        AsUser.member(OWN).run(OWN, () -> {
            assertThat(profiles.currentProfile())
                    .get()
                    .extracting(RegionProfile::introduction)
                    .isEqualTo("Wij werken samen.");
            assertThat(activity.recent(5)).extracting(a -> a.summary().dutch()).contains("Regioprofiel bijgewerkt");
        });
        AsUser.lead(OTHER)
                .run(
                        OTHER,
                        () -> activity.record(
                                "TEST",
                                nl.onderwijsregio.workspace.messages.Message.verbatim("Iets anders gedaan"),
                                "test"));
        AsUser.lead(OTHER).run(OTHER, () -> {
            assertThat(profiles.currentProfile()).isEmpty();
            assertThat(activity.recent(200))
                    .extracting(a -> a.summary().dutch())
                    .as("the other region's own activity is there, the profile change is not")
                    .contains("Iets anders gedaan")
                    .noneMatch(summary -> summary.contains("Regioprofiel"));
            assertThat(profiles.clear()).isFalse();
        });
        AsUser.lead(OWN).run(OWN, () -> assertThat(profiles.currentProfile()).isPresent());
    }

    @Test
    void invalid_input_is_refused_with_a_dutch_message_and_keeps_what_was_stored() {
        AsUser.lead(THIRD).run(THIRD, () -> {
            profiles.save(new ProfileChange("Eerst", null, null));
            assertThatThrownBy(() -> profiles.save(new ProfileChange("Later", "ftp://x", "geen-adres")))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("Geef een webadres")
                    .hasMessageContaining("Geef een geldig e-mailadres");
            assertThat(profiles.currentProfile())
                    .get()
                    .extracting(RegionProfile::introduction)
                    .isEqualTo("Eerst");
        });
    }

    @Test
    void without_an_active_region_nothing_can_be_saved() {
        assertThatThrownBy(() -> AsUser.lead(THIRD).run(null, () -> profiles.save(new ProfileChange("x", null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
