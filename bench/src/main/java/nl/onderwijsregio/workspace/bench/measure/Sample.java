package nl.onderwijsregio.workspace.bench.measure;

/**
 * What one iteration of an operation works on: the region and the person acting for it (its lead), and a running
 * number an operation may use to vary its input (e.g. which search).
 */
public record Sample(String region, String user, int index) {}
