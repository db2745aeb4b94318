package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.onderwijsregio.workspace.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Dutch error page without a stack trace; the details go to the log under a reference the user can quote. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private final H1 title = new H1();
    private final Paragraph text = new Paragraph();
    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        addClassName("page");
        title.setText(getTranslation("error.internal.title"));
        text.setText(getTranslation("error.internal.text"));
        add(title, text, reference, new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        reference.setText(getTranslation("error.internal.reference", ref));
        if (DatabaseOutage.causedBy(parameter.getCaughtException())) {
            log.warn(
                    "Database unreachable ({}) while opening {}",
                    ref,
                    event.getLocation().getPath());
            title.setText(getTranslation("error.unavailable.title"));
            text.setText(getTranslation("error.unavailable.text"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Error {} while opening {}", ref, event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("product.short");
    }
}
