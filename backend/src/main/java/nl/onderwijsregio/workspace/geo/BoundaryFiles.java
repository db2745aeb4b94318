package nl.onderwijsregio.workspace.geo;

/**
 * The boundary files of one year in the classpath folder {@code /geo}: {@code gemeente_<year>.topojson},
 * {@code provincie_<year>.topojson}, {@code coropgebied_<year>.topojson} and {@code arbeidsmarktregio_<year>.topojson}
 * (CBS gebiedsindelingen from PDOK, simplified; see {@code geo/SOURCES.md}).
 */
record BoundaryFiles(int year) {

    Topology municipalities() {
        return Topology.read(path("gemeente"));
    }

    Topology provinces() {
        return Topology.read(path("provincie"));
    }

    Topology corops() {
        return Topology.read(path("coropgebied"));
    }

    Topology labourMarkets() {
        return Topology.read(path("arbeidsmarktregio"));
    }

    private String path(String layer) {
        return "/geo/" + layer + "_" + year + ".topojson";
    }
}
