package nl.onderwijsregio.workspace.catalogue;

import java.time.LocalDate;

/** Which version of the catalogue users see, and since when. */
public record CatalogueRelease(String version, String title, LocalDate published) {}
