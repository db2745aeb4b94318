package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import nl.onderwijsregio.workspace.security.CurrentUser;

/** Says honestly that a section of the workspace is not built yet, and what it will be for. */
@PermitAll
@Route(UpcomingSectionView.ROUTE + "/:section")
public class UpcomingSectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "binnenkort";
    private final CurrentUser currentUser;
    private final H1 title = new H1();
    private final Paragraph description = new Paragraph();
    private String pageTitle = "";

    public UpcomingSectionView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("page");
        Paragraph notice = new Paragraph(getTranslation("upcoming.notice"));
        notice.addClassName("notice");
        add(title, description, notice);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getRouteParameters().get("section").orElse("");
        WorkspaceSection section = Arrays.stream(WorkspaceSection.values())
                .filter(s -> !s.available() && s.path().equals(path))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (!currentUser.get().map(section::openTo).orElse(false)) {
            throw new AccessDeniedException();
        }
        title.setText(getTranslation(section.labelKey()));
        description.setText(getTranslation(section.descriptionKey()));
        pageTitle = getTranslation(section.labelKey()) + " · " + getTranslation("product.short");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
