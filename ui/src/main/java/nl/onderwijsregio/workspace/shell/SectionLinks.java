package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.onderwijsregio.workspace.security.WorkspaceUser;

/** A tile per section the person may open, with one line on what it is for. */
public class SectionLinks extends Div {

    public SectionLinks(WorkspaceUser user) {
        addClassName("section-links");
        for (WorkspaceSection section : WorkspaceSection.values()) {
            if (section == WorkspaceSection.HOME || !section.openTo(user)) {
                continue;
            }
            Div tile = new Div(
                    new Anchor(section.href(), getTranslation(section.labelKey())),
                    new Paragraph(getTranslation(section.descriptionKey(user))));
            tile.addClassName("section-tile");
            add(tile);
        }
    }
}
