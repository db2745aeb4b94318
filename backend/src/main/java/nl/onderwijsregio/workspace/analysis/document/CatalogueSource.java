package nl.onderwijsregio.workspace.analysis.document;

import org.jspecify.annotations.Nullable;

/** What the Bronnenverantwoording needs of a catalogue entry. */
public record CatalogueSource(
        String id,
        int position,
        String theme,
        String information,
        @Nullable String dataPartner,
        @Nullable String level,
        boolean open,
        boolean retired) {}
