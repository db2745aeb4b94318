package nl.onderwijsregio.workspace.catalogue;

/** How many entries of the current search have {@code value} for a facet. */
public record FacetCount(String value, String label, int count) {}
