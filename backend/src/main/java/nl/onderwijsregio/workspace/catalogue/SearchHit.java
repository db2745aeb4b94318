package nl.onderwijsregio.workspace.catalogue;

/**
 * An entry found by a search, with its information text marked up for highlighting: matched words are between
 * {@link #START} and {@link #STOP} (plain characters, so the text can be rendered safely).
 */
public record SearchHit(CatalogueEntry entry, String highlighted) {

    public static final String START = "\u27E6";
    public static final String STOP = "\u27E7";
}
