package nl.onderwijsregio.workspace.geo;

import org.jspecify.annotations.Nullable;

/**
 * A Dutch municipality (gemeente) of the CBS gebiedsindelingen, with the larger areas that hold it, derived from the
 * shapes: province, COROP area and arbeidsmarktregio (UWV).
 *
 * @param code CBS code, e.g. {@code GM0363}
 * @param year the year of the newest boundary file the municipality is in
 */
public record Municipality(
        String code,
        String name,
        int year,
        @Nullable Area province,
        @Nullable Area corop,
        @Nullable Area labourMarket) {

    /** A province (PV..), COROP area (CR..) or arbeidsmarktregio (AM..): code and name. */
    public record Area(String code, String name) {}
}
