package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.Component;

/** A component a feature contributes to the right-hand side of the header, such as the region switcher. */
public interface HeaderPart {

    /** The component to show; called once per layout. */
    Component component();

    /** Lower numbers appear further to the left. */
    default int order() {
        return 0;
    }
}
