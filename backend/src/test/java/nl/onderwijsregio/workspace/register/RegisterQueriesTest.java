package nl.onderwijsregio.workspace.register;

import static nl.onderwijsregio.workspace.register.RegisterStatus.AANGEVRAAGD;
import static nl.onderwijsregio.workspace.register.RegisterStatus.GEWENST;
import static nl.onderwijsregio.workspace.register.RegisterStatus.ONTVANGEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Listing the register: filters, counts, the to-do list, the status per catalogue entry and the demo data. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegisterQueriesTest extends DatabaseTest {

    private static final String REGION = TestRegions.id("groen-landelijk");
    private static final AsUser MEMBER = AsUser.member(REGION);
    private static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.createNational(administration, REGION);
    }

    @Autowired
    RegisterService register;

    private RegisterEntry add(String catalogueEntry, HolderKind kind, String what, LocalDate retention) {
        return register.create(new RegisterDraft(
                catalogueEntry,
                null,
                what,
                null,
                null,
                kind,
                "Houder " + what,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                retention,
                null,
                null,
                null));
    }

    private RegisterEntry received(RegisterEntry e, LocalDate requested, LocalDate received) {
        RegisterEntry asked = register.transition(e.id(), e.revision(), AANGEVRAAGD, requested);
        return register.transition(asked.id(), asked.revision(), ONTVANGEN, received);
    }

    @Test
    void filters_counts_and_the_to_do_list_follow_the_entries() {
        MEMBER.run(REGION, () -> {
            Map<RegisterStatus, Integer> before = register.statusCounts();
            int e019Before = register.statusPerCatalogueEntry()
                    .getOrDefault("e019", Map.of())
                    .getOrDefault(ONTVANGEN, 0);
            int vfpfBefore = register.count(new RegisterFilter(Set.of(), Set.of(HolderKind.VFPF), null, null));
            RegisterEntry wished = add("e041", HolderKind.BESTUUR, "Gewenst", null);
            RegisterEntry waiting = add("e056", HolderKind.VFPF, "Wacht lang", null);
            waiting = register.transition(waiting.id(), waiting.revision(), AANGEVRAAGD, TODAY.minusDays(31));
            RegisterEntry recent = add("e056", HolderKind.VFPF, "Pas gevraagd", null);
            recent = register.transition(recent.id(), recent.revision(), AANGEVRAAGD, TODAY.minusDays(5));
            RegisterEntry ending = received(
                    add("e019", HolderKind.VFPF, "Loopt af", TODAY.plusDays(59)),
                    TODAY.minusDays(40),
                    TODAY.minusDays(30));
            RegisterEntry later = received(
                    add("e019", HolderKind.VFPF, "Nog lang", TODAY.plusDays(200)),
                    TODAY.minusDays(40),
                    TODAY.minusDays(30));
            RegisterEntry past = received(
                    add("e019", HolderKind.VFPF, "Verlopen", TODAY.minusDays(1)),
                    TODAY.minusDays(40),
                    TODAY.minusDays(30));

            Map<RegisterStatus, Integer> after = register.statusCounts();
            assertThat(after.get(GEWENST) - before.get(GEWENST)).isEqualTo(1);
            assertThat(after.get(AANGEVRAAGD) - before.get(AANGEVRAAGD)).isEqualTo(2);
            assertThat(after.get(ONTVANGEN) - before.get(ONTVANGEN)).isEqualTo(3);
            assertThat(after).containsKeys(RegisterStatus.values());

            assertThat(register.count(new RegisterFilter(Set.of(), Set.of(HolderKind.VFPF), null, null)) - vfpfBefore)
                    .isEqualTo(5);
            assertThat(register.page(RegisterFilter.all().withStatuses(GEWENST), 0, 500, RegisterSort.UPDATED))
                    .extracting(RegisterEntry::id)
                    .contains(wished.id())
                    .doesNotContain(waiting.id());
            assertThat(register.page(
                            new RegisterFilter(Set.of(), Set.of(), "Aantrekken", null), 0, 500, RegisterSort.HOLDER))
                    .extracting(RegisterEntry::id)
                    .contains(wished.id())
                    .doesNotContain(ending.id());
            assertThat(register.page(
                            new RegisterFilter(Set.of(ONTVANGEN), Set.of(), null, 60), 0, 500, RegisterSort.RETENTION))
                    .extracting(RegisterEntry::id)
                    .contains(ending.id(), past.id())
                    .doesNotContain(later.id());

            RegisterToDo toDo = register.toDo(TODAY);
            assertThat(toDo.waitingForAnswer())
                    .extracting(RegisterEntry::id)
                    .contains(waiting.id())
                    .doesNotContain(recent.id());
            assertThat(toDo.retentionEnding())
                    .extracting(RegisterEntry::id)
                    .contains(ending.id())
                    .doesNotContain(later.id(), past.id());
            assertThat(toDo.pastRetention())
                    .extracting(RegisterEntry::id)
                    .contains(past.id())
                    .doesNotContain(ending.id());

            assertThat(register.statusPerCatalogueEntry().get("e019")).containsEntry(ONTVANGEN, e019Before + 3);
            assertThat(register.statusPerCatalogueEntry().get("e041")).containsKey(GEWENST);
        });
    }

    @Test
    void a_page_is_a_window_on_the_sorted_list() {
        MEMBER.run(REGION, () -> {
            for (int i = 0; i < 3; i++) {
                add("e041", HolderKind.BESTUUR, "Venster " + i, null);
            }
            int total = register.count(RegisterFilter.all());
            assertThat(register.page(RegisterFilter.all(), 0, 2, RegisterSort.UPDATED))
                    .hasSize(2);
            assertThat(register.page(RegisterFilter.all(), total - 1, 10, RegisterSort.STATUS))
                    .hasSize(1);
        });
    }

    @Test
    void the_demo_regions_have_a_register_with_work_to_do() {
        AsUser.lead("noordkust").run("noordkust", () -> {
            assertThat(register.count(RegisterFilter.all())).isGreaterThanOrEqualTo(4);
            RegisterToDo toDo = register.toDo(TODAY);
            assertThat(toDo.waitingForAnswer()).isNotEmpty();
            assertThat(toDo.pastRetention()).isNotEmpty();
            assertThat(register.statusPerCatalogueEntry().get("e019")).containsKey(ONTVANGEN);
        });
        AsUser.lead("rivierenland")
                .run(
                        "rivierenland",
                        () -> assertThat(register.statusCounts().values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum())
                                .isGreaterThanOrEqualTo(3));
    }
}
