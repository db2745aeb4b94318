package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingComment;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingFilter;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingRuleException;
import nl.onderwijsregio.workspace.findings.FindingScope;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.priorities.Priority;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterFilter;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterSort;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role × own or other region × read, create, update, delete on every tenant table, through the services
 * (a cell absent from the list has no path in any service, e.g. deleting a suggestion):
 * exactly the allowed cells succeed. The person's own region is OWN; "other" acts for OTHER (both this test's own
 * regions, neighbours of each other).
 */
@SpringBootTest(classes = BackendTestApplication.class)
class IsolationMatrixTest extends DatabaseTest {

    private static final String OWN = TestRegions.id("noordkust");
    private static final String OTHER = TestRegions.id("veenland");
    private static final List<String> OTHERS =
            List.of(OTHER, TestRegions.id("rivierenland"), TestRegions.id("stedenband"));

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, OWN);
        TestRegions.create(administration, OTHERS.toArray(String[]::new));
        TestRegions.neighbours(administration, OWN, OTHER);
    }

    @Autowired
    RegionProfileService profiles;

    @Autowired
    ActivityService activity;

    @Autowired
    CatalogueSuggestions suggestions;

    @Autowired
    RegisterService register;

    @Autowired
    FindingService findings;

    @Autowired
    PriorityService priorities;

    private static RegisterDraft registerDraft(String what) {
        return new RegisterDraft(
                "e019",
                null,
                what,
                null,
                null,
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

    /** An entry of the person's own region, made by one of its members, for the update and delete cells. */
    private static RegisterEntry ownEntry(RegisterService register) {
        return AsUser.member(OWN).call(OWN, () -> register.create(registerDraft("Matrix")));
    }

    private static FindingDraft findingDraft(String title, boolean published) {
        return new FindingDraft(
                title,
                "",
                Theme.BEHOUDEN,
                null,
                FindingKind.OVERLEG,
                java.time.LocalDate.of(2026, 1, 1),
                null,
                Set.of(),
                List.of(),
                List.of(),
                published,
                Visibility.OWN);
    }

    /** A finding of the person's own region by one of its members: a draft, or published to comment on. */
    private Finding ownFinding(boolean published) {
        return AsUser.member(OWN).call(OWN, () -> findings.create(findingDraft("Matrix", published)));
    }

    private static PriorityDraft priorityDraft(String title, String... catalogueEntries) {
        return priorityDraft(title, List.of(), catalogueEntries);
    }

    private static PriorityDraft priorityDraft(String title, List<Long> findingIds, String... catalogueEntries) {
        return new PriorityDraft(
                title,
                Theme.AANTREKKEN,
                SubTheme.WERVEN,
                "",
                List.of(Sector.PO),
                null,
                null,
                null,
                2026,
                2027,
                null,
                true,
                List.of(catalogueEntries),
                findingIds);
    }

    /**
     * A published priority of the person's own region, made by its lead, for the update and delete cells; supported
     * by {@code finding} when there is one.
     */
    private static Priority ownPriority(PriorityService priorities, Finding finding) {
        return AsUser.lead(OWN)
                .call(
                        OWN,
                        () -> priorities.create(
                                priorityDraft("Matrix", finding == null ? List.of() : List.of(finding.id()), "e019")));
    }

    /** Declines some open suggestion (made here as a member of OWN, then decided as the current person). */
    private void decideOne() {
        long id = AsUser.member(OWN)
                .call(OWN, () -> suggestions.suggest(null, "Om over te beslissen"))
                .id();
        suggestions.decline(id, "Matrix");
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            for (String region : List.of(OWN, OTHER)) {
                boolean member = (role == Role.REGIO_LEAD || role == Role.REGIO_MEMBER) && region.equals(OWN);
                boolean lead = role == Role.REGIO_LEAD && region.equals(OWN);
                cells.add(Arguments.of(role, region, "region_profile", "read", member));
                cells.add(Arguments.of(role, region, "region_profile", "create", lead));
                cells.add(Arguments.of(role, region, "region_profile", "update", lead));
                cells.add(Arguments.of(role, region, "region_profile", "delete", lead));
                cells.add(Arguments.of(role, region, "region_activity", "read", member));
                cells.add(Arguments.of(role, region, "region_activity", "create", member));
                cells.add(Arguments.of(role, region, "catalogue_suggestion", "read", member));
                cells.add(Arguments.of(role, region, "catalogue_suggestion", "create", member));
                cells.add(Arguments.of(role, region, "catalogue_suggestion", "update", role == Role.CATALOGUE_ADMIN));
                cells.add(Arguments.of(role, region, "register_entry", "read", member));
                cells.add(Arguments.of(role, region, "register_entry", "create", member));
                cells.add(Arguments.of(role, region, "register_entry", "update", member));
                cells.add(Arguments.of(role, region, "register_entry", "delete", lead));
                cells.add(Arguments.of(role, region, "finding", "read", member));
                cells.add(Arguments.of(role, region, "finding", "create", member));
                cells.add(Arguments.of(role, region, "finding", "update", member));
                cells.add(Arguments.of(role, region, "finding", "delete", lead));
                cells.add(Arguments.of(role, region, "finding_comment", "read", member));
                cells.add(Arguments.of(role, region, "finding_comment", "create", member));
                cells.add(Arguments.of(role, region, "finding_comment", "update", member));
                cells.add(Arguments.of(role, region, "priority", "read", member));
                cells.add(Arguments.of(role, region, "priority", "create", lead));
                cells.add(Arguments.of(role, region, "priority", "update", lead));
                cells.add(Arguments.of(role, region, "priority", "delete", lead));
                // Published priorities of every region, for the comparison with neighbours (and the nation).
                cells.add(Arguments.of(role, region, "priority", "compare", member || role == Role.NATIONAL));
                cells.add(Arguments.of(role, region, "priority_catalogue_link", "read", member));
                cells.add(Arguments.of(role, region, "priority_catalogue_link", "create", lead));
                cells.add(Arguments.of(role, region, "priority_catalogue_link", "delete", lead));
                cells.add(Arguments.of(role, region, "priority_finding_link", "read", member));
                cells.add(Arguments.of(role, region, "priority_finding_link", "create", lead));
                cells.add(Arguments.of(role, region, "priority_finding_link", "delete", lead));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} acting for {1}: {3} {2} allowed={4}")
    @MethodSource("cells")
    void only_the_allowed_cells_succeed(Role role, String region, String table, String operation, boolean allowed) {
        AsUser person = new AsUser(
                "person",
                List.of(role),
                role == Role.REGIO_LEAD || role == Role.REGIO_MEMBER ? List.of(OWN) : List.of());
        RegisterEntry entry = table.equals("register_entry") ? ownEntry(register) : null;
        Finding finding = table.startsWith("finding") ? ownFinding(table.equals("finding_comment")) : null;
        FindingComment comment = table.equals("finding_comment")
                ? AsUser.member(OWN).call(OWN, () -> findings.comment(finding.id(), "Matrix"))
                : null;
        Finding supporting = table.equals("priority_finding_link") ? ownFinding(true) : null;
        Priority priority = table.startsWith("priority") ? ownPriority(priorities, supporting) : null;
        Runnable action = switch (table + "." + operation) {
            case "region_profile.read" -> profiles::currentProfile;
            case "region_profile.create", "region_profile.update" ->
                () -> profiles.save(new ProfileChange("Matrix " + operation, null, null));
            case "region_profile.delete" -> profiles::clear;
            case "region_activity.read" -> () -> activity.recent(5);
            case "region_activity.create" ->
                () -> activity.record(
                        "TEST", nl.onderwijsregio.workspace.messages.Message.verbatim("Matrix"), "person");
            case "catalogue_suggestion.read" -> suggestions::ownRegion;
            case "catalogue_suggestion.create" -> () -> suggestions.suggest(null, "Matrix");
            case "catalogue_suggestion.update" -> () -> decideOne();
            case "register_entry.read" -> () -> register.page(RegisterFilter.all(), 0, 10, RegisterSort.UPDATED);
            case "register_entry.create" -> () -> register.create(registerDraft("Matrix"));
            case "register_entry.update" ->
                () -> register.update(entry.id(), entry.revision(), registerDraft("Matrix gewijzigd"));
            case "register_entry.delete" -> () -> register.delete(entry.id());
            case "finding.read" -> () -> findings.page(FindingScope.OWN, FindingFilter.NONE, 0, 10);
            case "finding.create" -> () -> findings.create(findingDraft("Matrix", false));
            case "finding.update" ->
                () -> findings.update(finding.id(), finding.revision(), findingDraft("Matrix gewijzigd", false));
            case "finding.delete" -> () -> findings.delete(finding.id());
            case "finding_comment.read" -> () -> findings.comments(finding.id());
            case "finding_comment.create" -> () -> findings.comment(finding.id(), "Matrix");
            case "finding_comment.update" -> () -> findings.hideComment(finding.id(), comment.id(), true);
            case "priority.read" -> priorities::own;
            case "priority.create" -> () -> priorities.create(priorityDraft("Matrix"));
            case "priority.update" ->
                () -> priorities.update(priority.id(), priority.revision(), priorityDraft("Matrix gewijzigd", "e019"));
            case "priority.delete" -> () -> priorities.delete(priority.id());
            case "priority.compare" -> () -> priorities.compare(List.of(OWN, OTHER));
            case "priority_catalogue_link.read" ->
                () -> priorities.priority(priority.id()).catalogueLinks();
            case "priority_catalogue_link.create" ->
                () -> priorities.update(priority.id(), priority.revision(), priorityDraft("Matrix", "e019", "e056"));
            case "priority_catalogue_link.delete" ->
                () -> priorities.update(priority.id(), priority.revision(), priorityDraft("Matrix"));
            case "priority_finding_link.read" ->
                () -> priorities.priority(priority.id()).findingLinks();
            case "priority_finding_link.create" ->
                () -> priorities.create(priorityDraft("Matrix", List.of(supporting.id())));
            case "priority_finding_link.delete" ->
                () -> priorities.update(priority.id(), priority.revision(), priorityDraft("Matrix", "e019"));
            default -> throw new IllegalArgumentException(table + "." + operation);
        };
        boolean succeeded;
        try {
            person.run(region, action);
            succeeded = true;
        } catch (AccessDeniedException | FindingRuleException | java.util.NoSuchElementException denied) {
            succeeded = false;
        }
        assertThat(succeeded).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "nothing of {0} reaches the lead of the own region")
    @MethodSource("otherRegions")
    void a_lead_never_sees_another_regions_rows_even_when_that_region_is_active(String other) {
        AsUser.lead(OWN).run(OWN, () -> profiles.save(new ProfileChange("Van de eigen regio", null, null)));
        AsUser.lead(other).run(other, () -> profiles.save(new ProfileChange("Alleen voor " + other, null, null)));
        AsUser.lead(OWN)
                .run(
                        OWN,
                        () -> assertThat(profiles.currentProfile())
                                .get()
                                .extracting(p -> p.introduction())
                                .isEqualTo("Van de eigen regio"));
    }

    static List<String> otherRegions() {
        return OTHERS;
    }
}
