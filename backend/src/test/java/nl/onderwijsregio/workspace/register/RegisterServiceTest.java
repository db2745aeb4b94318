package nl.onderwijsregio.workspace.register;

import static nl.onderwijsregio.workspace.register.RegisterStatus.AANGEVRAAGD;
import static nl.onderwijsregio.workspace.register.RegisterStatus.AFGEWEZEN;
import static nl.onderwijsregio.workspace.register.RegisterStatus.GEWENST;
import static nl.onderwijsregio.workspace.register.RegisterStatus.INGETROKKEN;
import static nl.onderwijsregio.workspace.register.RegisterStatus.ONTVANGEN;
import static nl.onderwijsregio.workspace.register.RegisterStatus.VERWIJDERD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Adding, changing, moving and deleting register entries: the workflow, the checks and the history. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegisterServiceTest extends DatabaseTest {

    static final String REGION = TestRegions.id("stedenband");
    static final AsUser MEMBER = AsUser.member(REGION);
    static final AsUser LEAD = AsUser.lead(REGION);

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION);
    }

    /** How to reach each status from GEWENST along the allowed steps. */
    static final Map<RegisterStatus, List<RegisterStatus>> PATHS = Map.of(
            GEWENST,
            List.of(),
            AANGEVRAAGD,
            List.of(AANGEVRAAGD),
            ONTVANGEN,
            List.of(AANGEVRAAGD, ONTVANGEN),
            AFGEWEZEN,
            List.of(AANGEVRAAGD, AFGEWEZEN),
            INGETROKKEN,
            List.of(INGETROKKEN),
            VERWIJDERD,
            List.of(AANGEVRAAGD, ONTVANGEN, VERWIJDERD));

    @Autowired
    RegisterService register;

    @Autowired
    ActivityService activity;

    static RegisterDraft draft(String what) {
        return new RegisterDraft(
                "e019",
                null,
                what,
                "bestuur",
                "2024",
                HolderKind.VFPF,
                "Vfpf",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static Stream<Arguments> everyStep() {
        List<Arguments> steps = new ArrayList<>();
        for (RegisterStatus from : RegisterStatus.values()) {
            for (RegisterStatus to : RegisterStatus.values()) {
                boolean allowed = switch (from) {
                    case GEWENST -> to == AANGEVRAAGD || to == INGETROKKEN;
                    case AANGEVRAAGD -> to == ONTVANGEN || to == AFGEWEZEN || to == INGETROKKEN;
                    case ONTVANGEN -> to == VERWIJDERD;
                    default -> false;
                };
                steps.add(Arguments.of(from, to, allowed));
            }
        }
        return steps.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed={2}")
    @MethodSource("everyStep")
    void every_status_step_is_allowed_or_refused_by_the_table(RegisterStatus from, RegisterStatus to, boolean allowed) {
        MEMBER.run(REGION, () -> {
            RegisterEntry entry = register.create(draft("Stap " + from + " naar " + to));
            for (RegisterStatus step : PATHS.get(from)) {
                entry = register.transition(entry.id(), entry.revision(), step, null);
            }
            assertThat(entry.status()).isEqualTo(from);
            RegisterEntry at = entry;
            if (allowed) {
                assertThat(register.transition(at.id(), at.revision(), to, null).status())
                        .isEqualTo(to);
            } else {
                assertThatThrownBy(() -> register.transition(at.id(), at.revision(), to, null))
                        .isInstanceOf(RegisterRuleException.class)
                        .hasMessageContaining(from.label())
                        .hasMessageContaining(to.label());
                assertThat(register.entry(at.id()).status()).isEqualTo(from);
            }
        });
    }

    @Test
    void receipt_and_deletion_are_dated_and_recorded_with_who_and_when() {
        LocalDate today = LocalDate.now();
        MEMBER.run(REGION, () -> {
            RegisterEntry e = register.create(draft("Verzuim per maand"));
            e = register.transition(e.id(), e.revision(), AANGEVRAAGD, today.minusDays(20));
            e = register.transition(e.id(), e.revision(), ONTVANGEN, today.minusDays(3));
            assertThat(e.requestedOn()).isEqualTo(today.minusDays(20));
            assertThat(e.receivedOn()).isEqualTo(today.minusDays(3));
            e = register.transition(e.id(), e.revision(), VERWIJDERD, null);
            assertThat(e.deletionConfirmedOn()).isEqualTo(today);
            assertThat(e.deletionConfirmedBy()).isEqualTo("Test member." + REGION);
            assertThat(register.history(e.id()))
                    .extracting(RegisterEvent::action, RegisterEvent::toStatus)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("CREATED", GEWENST),
                            org.assertj.core.groups.Tuple.tuple("STATUS", AANGEVRAAGD),
                            org.assertj.core.groups.Tuple.tuple("STATUS", ONTVANGEN),
                            org.assertj.core.groups.Tuple.tuple("STATUS", VERWIJDERD));
            assertThat(register.history(e.id()))
                    .allSatisfy(ev -> assertThat(ev.actor()).isEqualTo("Test member." + REGION));
        });
    }

    @Test
    void fields_are_checked_with_dutch_messages() {
        MEMBER.run(REGION, () -> {
            RegisterDraft ok = draft("Geldig");
            assertThatThrownBy(() -> register.create(new RegisterDraft(
                            null,
                            " ",
                            "x",
                            null,
                            null,
                            HolderKind.OTHER,
                            "Iemand",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("Kies een bron");
            assertThatThrownBy(() -> register.create(new RegisterDraft(
                            "e019",
                            null,
                            ok.what(),
                            null,
                            null,
                            HolderKind.BESTUUR,
                            "Bestuur",
                            "12a4",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)))
                    .hasMessageContaining("alleen uit cijfers");
            assertThatThrownBy(() -> register.create(new RegisterDraft(
                            "e019",
                            null,
                            ok.what(),
                            null,
                            null,
                            HolderKind.BESTUUR,
                            "Bestuur",
                            null,
                            null,
                            LocalDate.of(2025, 5, 1),
                            null,
                            null,
                            null,
                            null,
                            LocalDate.of(2025, 4, 1),
                            null,
                            null,
                            null)))
                    .hasMessageContaining("bewaartermijn moet na de ontvangstdatum");
            assertThatThrownBy(() -> register.create(new RegisterDraft(
                            "e019", null, " ", null, null, null, " ", null, null, null, null, null, null, null, null,
                            null, null, null)))
                    .hasMessageContaining("Beschrijf wat")
                    .hasMessageContaining("Kies wie")
                    .hasMessageContaining("naam van de houder");
            assertThatThrownBy(() -> register.create(new RegisterDraft(
                            "e999x",
                            null,
                            "x",
                            null,
                            null,
                            HolderKind.DUO,
                            "DUO",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)))
                    .isInstanceOf(RegisterConflictException.class)
                    .hasMessageContaining("Onbekende bron");
            RegisterEntry e = register.create(ok);
            assertThatThrownBy(() -> register.transition(
                            e.id(), e.revision(), AANGEVRAAGD, LocalDate.now().plusDays(3)))
                    .hasMessageContaining("toekomst");
        });
    }

    @Test
    void a_change_from_an_old_revision_is_refused_and_overwrites_nothing() {
        MEMBER.run(REGION, () -> {
            RegisterEntry e = register.create(draft("Origineel"));
            RegisterEntry first = register.update(e.id(), e.revision(), draft("Eerste wijziging"));
            assertThat(first.revision()).isEqualTo(e.revision() + 1);
            assertThatThrownBy(() -> register.update(e.id(), e.revision(), draft("Tweede, verouderd")))
                    .isInstanceOf(RegisterConflictException.class)
                    .hasMessageContaining("intussen");
            assertThatThrownBy(() -> register.transition(e.id(), e.revision(), AANGEVRAAGD, null))
                    .isInstanceOf(RegisterConflictException.class);
            assertThat(register.entry(e.id()).what()).isEqualTo("Eerste wijziging");
            assertThat(register.history(e.id()))
                    .extracting(event -> event.summary().dutch())
                    .contains("Gewijzigd: wat");
            assertThat(register.history(e.id()))
                    .as("the history is said in the reader's language")
                    .extracting(event -> event.summary().text(java.util.Locale.ENGLISH))
                    .contains("Changed: what");
        });
    }

    @Test
    void only_the_lead_deletes_and_the_entry_then_leaves_the_register() {
        RegisterEntry e = MEMBER.call(REGION, () -> register.create(draft("Te verwijderen")));
        assertThatThrownBy(() -> MEMBER.run(REGION, () -> register.delete(e.id())))
                .isInstanceOf(AccessDeniedException.class);
        LEAD.run(REGION, () -> {
            assertThat(register.page(RegisterFilter.all(), 0, 500, RegisterSort.UPDATED))
                    .extracting(RegisterEntry::id)
                    .contains(e.id());
            register.delete(e.id());
            assertThatThrownBy(() -> register.entry(e.id())).isInstanceOf(RegisterConflictException.class);
            assertThat(register.page(RegisterFilter.all(), 0, 500, RegisterSort.UPDATED))
                    .extracting(RegisterEntry::id)
                    .doesNotContain(e.id());
            assertThat(activity.recent(5))
                    .extracting(a -> a.summary().dutch())
                    .anyMatch(summary -> summary.startsWith("Registratie verwijderd: Te verwijderen"));
            assertThat(activity.recent(5))
                    .extracting(a -> a.summary().text(java.util.Locale.ENGLISH))
                    .anyMatch(summary -> summary.startsWith("Register entry removed: Te verwijderen"));
        });
    }

    @Test
    void the_overview_is_the_first_page_the_count_and_the_status_counts_in_one_call() {
        MEMBER.call(REGION, () -> register.create(draft("Voor het overzicht")));
        MEMBER.run(REGION, () -> {
            RegisterOverview overview = register.overview(RegisterFilter.all(), 2, RegisterSort.UPDATED);
            assertThat(overview.firstPage()).isEqualTo(register.page(RegisterFilter.all(), 0, 2, RegisterSort.UPDATED));
            assertThat(overview.total())
                    .isEqualTo(register.count(RegisterFilter.all()))
                    .isPositive();
            assertThat(overview.statusCounts()).isEqualTo(register.statusCounts());
            assertThat(overview.statusCounts().keySet()).containsExactly(RegisterStatus.values());
        });
    }
}
