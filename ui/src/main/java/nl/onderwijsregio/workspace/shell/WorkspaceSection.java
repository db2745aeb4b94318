package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.icon.VaadinIcon;

/** The sections of the workspace, in the order of the side navigation. */
public enum WorkspaceSection {
    HOME("", "section.home", VaadinIcon.HOME, true),
    CATALOGUE("catalogus", "section.catalogue", VaadinIcon.BOOK, false),
    REGISTER("register", "section.register", VaadinIcon.FILE_TEXT_O, false),
    FINDINGS("bevindingen", "section.findings", VaadinIcon.COMMENTS_O, false),
    PRIORITIES("prioriteiten", "section.priorities", VaadinIcon.FLAG_O, false),
    NEIGHBOURS("buurregios", "section.neighbours", VaadinIcon.CONNECT_O, true),
    NATIONAL("landelijk", "section.national", VaadinIcon.GLOBE, false),
    ADMIN("beheer", "section.admin", VaadinIcon.COG_O, true);

    private final String path;
    private final String labelKey;
    private final VaadinIcon icon;
    private final boolean available;

    WorkspaceSection(String path, String labelKey, VaadinIcon icon, boolean available) {
        this.path = path;
        this.labelKey = labelKey;
        this.icon = icon;
        this.available = available;
    }

    /** Where the side navigation leads: the section's own view, or its "coming soon" page. */
    public String href() {
        return available ? path : UpcomingSectionView.ROUTE + "/" + path;
    }

    public String path() {
        return path;
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
