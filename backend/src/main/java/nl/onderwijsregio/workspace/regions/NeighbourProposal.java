package nl.onderwijsregio.workspace.regions;

/**
 * Two regions whose areas share a municipal border, with one such border as an example ("Eemsdelta – Midden-Groningen").
 */
public record NeighbourProposal(Region first, Region second, String border) {}
