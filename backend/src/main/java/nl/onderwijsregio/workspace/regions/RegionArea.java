package nl.onderwijsregio.workspace.regions;

import java.util.List;
import nl.onderwijsregio.workspace.geo.Municipality;

/**
 * A region's area: its municipalities, the regions it shares a municipal border with, and the larger areas of CBS and
 * UWV its municipalities lie in (so a lead knows which tables to open).
 */
public record RegionArea(
        Region region,
        List<Municipality> municipalities,
        List<Region> neighboursByBorder,
        List<Municipality.Area> labourMarkets,
        List<Municipality.Area> corops,
        List<Municipality.Area> provinces) {}
