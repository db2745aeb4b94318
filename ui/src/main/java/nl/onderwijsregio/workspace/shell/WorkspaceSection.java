package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;

/** The sections of the workspace, in the order of the side navigation. */
public enum WorkspaceSection {
    HOME("", "section.home", VaadinIcon.HOME, true, Role.values()),
    CATALOGUE("catalogus", "section.catalogue", VaadinIcon.BOOK, true, Role.values()),
    REGISTER("register", "section.register", VaadinIcon.FILE_TEXT_O, true, Role.REGIO_LEAD, Role.REGIO_MEMBER),
    FINDINGS(
            "bevindingen",
            "section.findings",
            VaadinIcon.COMMENTS_O,
            true,
            Role.REGIO_LEAD,
            Role.REGIO_MEMBER,
            Role.NATIONAL,
            Role.PLATFORM_ADMIN),
    PRIORITIES("prioriteiten", "section.priorities", VaadinIcon.FLAG_O, true, Role.REGIO_LEAD, Role.REGIO_MEMBER),
    ANALYSIS("analyse", "section.analysis", VaadinIcon.NOTEBOOK, true, Role.REGIO_LEAD, Role.REGIO_MEMBER),
    NEIGHBOURS("buurregios", "section.neighbours", VaadinIcon.CONNECT_O, true, Role.REGIO_LEAD, Role.REGIO_MEMBER),
    NATIONAL("landelijk", "section.national", VaadinIcon.GLOBE, true, Role.NATIONAL, Role.PLATFORM_ADMIN),
    TEAM("team", "section.team", VaadinIcon.USERS, true, Role.REGIO_LEAD, Role.REGIO_MEMBER, Role.PLATFORM_ADMIN),
    LOGBOOK("logboek", "section.logbook", VaadinIcon.CLIPBOARD_TEXT, true, Role.REGIO_LEAD, Role.PLATFORM_ADMIN),
    REGION_DATA("gegevens", "section.regiondata", VaadinIcon.DOWNLOAD, true, Role.REGIO_LEAD, Role.PLATFORM_ADMIN),
    ADMIN("beheer", "section.admin", VaadinIcon.COG_O, true, Role.PLATFORM_ADMIN),
    PERSON_DATA("mijn-gegevens", "section.persondata", VaadinIcon.USER_CARD, true, Role.values());

    private final String path;
    private final String labelKey;
    private final VaadinIcon icon;
    private final boolean available;
    private final Set<Role> roles;

    WorkspaceSection(String path, String labelKey, VaadinIcon icon, boolean available, Role... roles) {
        this.path = path;
        this.labelKey = labelKey;
        this.icon = icon;
        this.available = available;
        this.roles = Set.of(roles);
    }

    /** Whether the section is meant for this person (the views check again on their own). */
    public boolean openTo(WorkspaceUser user) {
        return this == HOME || user.roles().stream().anyMatch(roles::contains);
    }

    /** Where the side navigation leads: the section's own view, or its "coming soon" page. */
    public String href() {
        return available ? path : UpcomingSectionView.ROUTE + "/" + path;
    }

    public String path() {
        return path;
    }

    /** The line on what the section is for, in the words of this person: national staff have no region. */
    public String descriptionKey(WorkspaceUser user) {
        return this == FINDINGS && !user.worksForRegions() ? descriptionKey() + ".national" : descriptionKey();
    }

    public String labelKey() {
        return labelKey;
    }

    /** The key of the one-paragraph description of what the section is for. */
    public String descriptionKey() {
        return labelKey + ".description";
    }

    public VaadinIcon icon() {
        return icon;
    }

    public boolean available() {
        return available;
    }
}
