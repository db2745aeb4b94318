package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every new browser tab the session's language before its first screen is built. */
@Component
class LanguageStart implements VaadinServiceInitListener {

    private final SessionLanguage language;

    LanguageStart(SessionLanguage language) {
        this.language = language;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> language.start(init.getUI().getSession(), VaadinRequest.getCurrent()));
    }
}
