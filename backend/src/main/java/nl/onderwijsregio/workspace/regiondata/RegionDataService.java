package nl.onderwijsregio.workspace.regiondata;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.register.RegisterExport;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything of a region as one ZIP: {@code <table>.json} for every table with region rows (its own rows only, the
 * Logboek included), and for the lead the register as CSV and XLSX as the register screen exports it. The platform
 * administrator downloads a region's tables and erases a region that leaves.
 */
@Service
public class RegionDataService {

    private final RegionTables tables;
    private final RegisterExport register;
    private final RegionService regions;
    private final Tenancy tenancy;

    RegionDataService(RegionTables tables, RegisterExport register, RegionService regions, Tenancy tenancy) {
        this.tables = tables;
        this.register = register;
        this.regions = regions;
        this.tenancy = tenancy;
    }

    /** The active region's archive, for its lead. */
    @Transactional(readOnly = true)
    @PreAuthorize("@regionAccess.lead()")
    public byte[] ownArchive() {
        Map<String, byte[]> files = tableFiles();
        files.put("register.csv", register.csv());
        files.put("register.xlsx", register.xlsx());
        return zip(files);
    }

    /** A region's archive (its tables), for the platform administrator. */
    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public byte[] archiveOf(String regionId) {
        existing(regionId);
        return zip(tenancy.inRegion(regionId, this::tableFiles));
    }

    /**
     * Erases a region that leaves: its rows in every region table gone, its Logboek reduced to who/when/what kind,
     * the region deactivated. {@code typedName} must be the region's name, as the confirmation asks.
     */
    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public String erase(String regionId, String typedName) {
        Region region = existing(regionId);
        if (typedName == null || !typedName.strip().equals(region.name())) {
            throw new RegionRuleException("regiondata.typ-naam-regio-precies", region.name());
        }
        return tenancy.regionErasure(() -> tables.erase(regionId));
    }

    /** How many of the region's rows each region table still holds, as the region itself would see them. */
    @PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
    public Map<String, Integer> remaining(String regionId) {
        return tenancy.inRegion(regionId, () -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            tables.names().forEach(t -> counts.put(t, tables.count(t)));
            return counts;
        });
    }

    private Map<String, byte[]> tableFiles() {
        ActiveRegion.require();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String table : tables.names()) {
            files.put(table + ".json", tables.rowsAsJson(table).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private Region existing(String regionId) {
        return regions.find(regionId)
                .orElseThrow(() -> new RegionRuleException("regiondata.onbekende-regio", regionId));
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
