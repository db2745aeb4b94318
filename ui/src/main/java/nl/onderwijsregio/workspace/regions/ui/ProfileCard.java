package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.onderwijsregio.workspace.regions.RegionProfile;
import nl.onderwijsregio.workspace.regions.RegionProfileService;

/** The "Over deze regio" card on the home page, with an edit dialog. */
class ProfileCard extends Div {

    private final RegionProfileService profiles;
    private final boolean lead;
    private final Runnable changed;

    ProfileCard(RegionProfileService profiles, boolean lead, Runnable changed) {
        this.profiles = profiles;
        this.lead = lead;
        this.changed = changed;
        addClassName("card");
        render();
    }

    private void render() {
        removeAll();
        add(new com.vaadin.flow.component.html.H2(getTranslation("profile.title")));
        RegionProfile profile = profiles.currentProfile().orElse(null);
        if (profile == null) {
            add(new Paragraph(getTranslation("profile.empty")));
        } else {
            if (!profile.introduction().isBlank()) {
                add(new Paragraph(profile.introduction()));
            }
            if (profile.website() != null) {
                Anchor site = new Anchor(profile.website(), profile.website());
                site.setTarget("_blank");
                site.getElement().setAttribute("rel", "noopener noreferrer");
                add(new Paragraph(site));
            }
            if (profile.contactEmail() != null) {
                add(new Paragraph(new Anchor("mailto:" + profile.contactEmail(), profile.contactEmail())));
            }
        }
        if (!lead) {
            return;
        }
        Button edit = new Button(
                getTranslation(profile == null ? "profile.add" : "profile.edit"),
                e -> new ProfileDialog(profiles, profile, () -> {
                            render();
                            changed.run();
                        })
                        .open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setId("edit-profile");
        add(edit);
    }
}
