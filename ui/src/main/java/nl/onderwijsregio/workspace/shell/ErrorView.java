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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Dutch error page without a stack trace; the details go to the log under a reference the user can quote. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        addClassName("page");
        add(
                new H1(getTranslation("error.internal.title")),
                new Paragraph(getTranslation("error.internal.text")),
                reference,
                new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening {}", ref, event.getLocation().getPath(), parameter.getCaughtException());
        reference.setText(getTranslation("error.internal.reference", ref));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.title") + " · " + getTranslation("product.short");
    }
}
