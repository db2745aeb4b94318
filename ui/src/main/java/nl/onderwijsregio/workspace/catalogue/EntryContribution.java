package nl.onderwijsregio.workspace.catalogue;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A piece another feature adds to a catalogue entry's detail panel (e.g. the register: the active region's status
 * for the entry and "add to register"), so the catalogue needs no knowledge of that feature.
 */
public interface EntryContribution {

    Optional<Component> forEntry(CatalogueEntry entry);
}
