package nl.onderwijsregio.workspace.regiondata.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.onderwijsregio.workspace.regiondata.RegionDataService;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.DownloadLink;
import nl.onderwijsregio.workspace.shell.Translations;

/**
 * A region's data on request: the lead downloads everything of the tab's region as one ZIP; the platform
 * administrator picks a region, downloads it, or erases a region that leaves after typing its name.
 */
@Route("gegevens")
@RolesAllowed({REGIO_LEAD, PLATFORM_ADMIN})
public class RegionDataView extends VerticalLayout implements HasDynamicTitle {

    private static final String ZIP = "application/zip";
    private final RegionDataService data;
    private final RegionService regions;
    private final ComboBox<Region> region = new ComboBox<>();

    public RegionDataView(RegionDataService data, RegionService regions, CurrentUser currentUser) {
        this.data = data;
        this.regions = regions;
        addClassName("page");
        boolean platform =
                currentUser.get().map(u -> u.has(Role.PLATFORM_ADMIN)).orElse(false);
        add(new H1(getTranslation("regiondata.title")));
        if (!platform) {
            add(new Paragraph(getTranslation("regiondata.intro")));
            Anchor download =
                    DownloadLink.of(getTranslation("regiondata.download"), "regiogegevens.zip", ZIP, data::ownArchive);
            download.setId("regiondata-download");
            add(download);
            return;
        }
        add(new Paragraph(getTranslation("regiondata.intro.platform")));
        region.setLabel(getTranslation("logbook.region"));
        region.setItems(regions.allRegions());
        region.setItemLabelGenerator(Region::name);
        region.setId("regiondata-region");
        Anchor download = DownloadLink.of(
                getTranslation("regiondata.download"),
                "regiogegevens.zip",
                ZIP,
                () -> data.archiveOf(
                        region.getValue() == null ? "" : region.getValue().id()));
        download.setId("regiondata-download");
        download.setEnabled(false);
        Button erase = new Button(getTranslation("regiondata.erase"), e -> confirmErase(region.getValue()));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setId("regiondata-erase");
        erase.setEnabled(false);
        region.addValueChangeListener(e -> {
            download.setEnabled(e.getValue() != null);
            erase.setEnabled(e.getValue() != null);
        });
        add(
                region,
                download,
                new H2(getTranslation("regiondata.erase")),
                new Paragraph(getTranslation("regiondata.erase.text")),
                erase);
    }

    private void confirmErase(Region target) {
        Dialog dialog = Dialogs.identify(new Dialog(), "region-erase");
        dialog.setHeaderTitle(getTranslation("regiondata.erase.title", target.name()));
        TextField name = new TextField(getTranslation("regiondata.erase.type", target.name()));
        name.setId("regiondata-erase-name");
        name.setWidthFull();
        Button confirm = new Button(getTranslation("regiondata.erase.confirm"), e -> {
            try {
                data.erase(target.id(), name.getValue());
                dialog.close();
                Notification.show(getTranslation("regiondata.erased", target.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                region.setItems(regions.allRegions());
            } catch (RegionRuleException ex) {
                name.setInvalid(true);
                name.setErrorMessage(Translations.explain(ex, getLocale()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("regiondata-erase-confirm");
        dialog.add(new Paragraph(getTranslation("regiondata.erase.text")), name);
        dialog.getFooter().add(new Button(getTranslation("regiondata.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("regiondata.title");
    }
}
