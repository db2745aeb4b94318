package nl.onderwijsregio.workspace.regions;

/**
 * An onderwijsregio: a tenant of the workspace.
 *
 * @param id     slug, e.g. {@code noordkust}
 * @param name   display name, e.g. "Onderwijsregio Noordkust"
 * @param kind   geographic or national (non-geographic)
 * @param active inactive regions are kept with their data but cannot be chosen
 * @param demo   part of the demo data set
 */
public record Region(String id, String name, RegionKind kind, boolean active, boolean demo) {}
