package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.Component;

/**
 * Gives a dialog its stable id where it is built ({@code Dialogs.identify(new Dialog(), "analysis-share")}, or
 * {@code Dialogs.identify(this, "register-form")} in a dialog's constructor): the accessibility walk lists every id and
 * checks that it opened each one, and {@code EveryDialogIsWalkedTest} finds the ids by this call in the sources.
 */
public final class Dialogs {

    private Dialogs() {}

    /** Sets {@code id} on the dialog and returns it. */
    public static <T extends Component> T identify(T dialog, String id) {
        dialog.setId(id);
        return dialog;
    }
}
