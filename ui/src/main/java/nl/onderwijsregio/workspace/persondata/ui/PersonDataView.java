package nl.onderwijsregio.workspace.persondata.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderwijsregio.workspace.persondata.PersonDataService;
import nl.onderwijsregio.workspace.shell.DownloadLink;

/**
 * "Mijn gegevens": what the workspace keeps about the signed-in person, downloadable as one ZIP, and what happens to
 * what they wrote when they leave a region.
 */
@Route("mijn-gegevens")
@PermitAll
public class PersonDataView extends VerticalLayout implements HasDynamicTitle {

    public PersonDataView(PersonDataService data) {
        addClassName("page");
        UnorderedList contents = new UnorderedList(
                new ListItem(getTranslation("persondata.contents.person")),
                new ListItem(getTranslation("persondata.contents.personal")),
                new ListItem(getTranslation("persondata.contents.regions")),
                new ListItem(getTranslation("persondata.contents.national")));
        Anchor download = DownloadLink.of(
                getTranslation("persondata.download"), "mijn-gegevens.zip", "application/zip", data::ownArchive);
        download.setId("persondata-download");
        add(
                new H1(getTranslation("persondata.title")),
                new Paragraph(getTranslation("persondata.intro")),
                contents,
                download,
                new H2(getTranslation("persondata.leaving.title")),
                new Paragraph(getTranslation("persondata.leaving.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("persondata.title") + " · " + getTranslation("product.short");
    }
}
