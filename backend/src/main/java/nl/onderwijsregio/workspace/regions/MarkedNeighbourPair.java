package nl.onderwijsregio.workspace.regions;

/**
 * A stored neighbour pair and whether the areas bear it out: {@code byBorder} false marks a pair kept by hand (across
 * water, or before the areas were entered).
 */
public record MarkedNeighbourPair(NeighbourPair pair, boolean byBorder) {}
