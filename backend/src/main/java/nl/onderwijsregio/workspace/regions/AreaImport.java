package nl.onderwijsregio.workspace.regions;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import nl.onderwijsregio.workspace.messages.Message;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads regions' areas from a CSV file {@code regio;gemeentecode} (region id or name; {@code GM0363} or {@code 363}):
 * the file gives the whole area of every region it names. First a preview, then all or nothing.
 */
@Service
@PreAuthorize("hasRole('" + PLATFORM_ADMIN + "')")
public class AreaImport {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_LINES = 2_000;

    private final RegionAreaService areas;
    private final MunicipalityService municipalities;

    AreaImport(RegionAreaService areas, MunicipalityService municipalities) {
        this.areas = areas;
        this.municipalities = municipalities;
    }

    @Transactional(readOnly = true)
    public AreaImportPreview preview(byte[] file) {
        List<String> lines = lines(file);
        Map<String, Region> regions = areas.regionsById();
        Map<String, Region> byName = new HashMap<>();
        regions.values().forEach(r -> byName.put(r.name().toLowerCase(Locale.ROOT), r));
        Map<String, Municipality> geo = municipalities.snapshot().byCode();
        Map<String, String> holders = new HashMap<>(areas.assignments());
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<AreaImportLine> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()
                    || (i == 0 && line.strip().toLowerCase(Locale.ROOT).startsWith("regio"))) {
                continue;
            }
            String[] cells = line.split("[;,]", -1);
            String regionText = cells[0].strip().replace("\"", "");
            String codeText = cells.length > 1 ? cells[1].strip().replace("\"", "") : "";
            String code = AreaCodes.normalise(codeText);
            Region region = regions.containsKey(regionText)
                    ? regions.get(regionText)
                    : byName.get(regionText.toLowerCase(Locale.ROOT));
            Municipality m = geo.get(code);
            Message error = null;
            if (cells.length != 2 || regionText.isEmpty() || codeText.isEmpty()) {
                error = Message.of("regions.import.two-columns");
            } else if (region == null) {
                error = Message.of("regions.import.unknown-region", regionText);
            } else if (m == null) {
                error = Message.of("regions.import.unknown-municipality", codeText);
            } else if (region.kind() == RegionKind.NATIONAL) {
                error = Message.of("regions.import.national-region", region.name());
            } else if (seen.containsKey(code)) {
                error = Message.of("regions.import.duplicate-municipality", AreaRules.label(m), seen.get(code));
            }
            if (error == null) {
                seen.put(code, i + 1);
                wanted.computeIfAbsent(region.id(), k -> new HashSet<>()).add(code);
            }
            boolean already = error == null && region.id().equals(holders.get(code));
            result.add(new AreaImportLine(
                    i + 1,
                    regionText,
                    codeText,
                    m == null ? null : m.name(),
                    error != null
                            ? AreaImportLine.Outcome.ERROR
                            : already ? AreaImportLine.Outcome.KEEP : AreaImportLine.Outcome.ADD,
                    error));
        }
        if (result.isEmpty()) {
            throw new RegionRuleException("regions.bestand-heeft-geen-regels");
        }
        // the areas after the import: the named regions' old municipalities are released first
        Map<String, List<String>> removed = new LinkedHashMap<>();
        for (String region : wanted.keySet()) {
            List<String> lost = areas.areasOf(region).stream()
                    .filter(c -> !wanted.get(region).contains(c))
                    .sorted()
                    .toList();
            if (!lost.isEmpty()) {
                removed.put(region, lost);
            }
        }
        holders.values().removeIf(wanted::containsKey);
        wanted.forEach((region, codes) -> codes.forEach(c -> holders.put(c, region)));
        List<Message> problems = new ArrayList<>();
        wanted.forEach((region, codes) -> AreaRules.problems(
                        regions.get(region), codes, holders, regions, municipalities.snapshot())
                .forEach(p -> problems.add(
                        Message.of("regions.import.problem", regions.get(region).name(), p))));
        return new AreaImportPreview(List.copyOf(result), removed, List.copyOf(problems));
    }

    /** Applies the file when every line and every resulting area is fine; returns the regions changed. */
    @Transactional
    public List<String> commit(byte[] file) {
        areas.lock();
        AreaImportPreview preview = preview(file);
        if (!preview.acceptable()) {
            throw new RegionRuleException("regions.staan-fouten-bestand-niets");
        }
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        Map<String, Region> regions = areas.regionsById();
        for (AreaImportLine line : preview.lines()) {
            Region region = regions.containsKey(line.region())
                    ? regions.get(line.region())
                    : regions.values().stream()
                            .filter(r -> r.name().equalsIgnoreCase(line.region()))
                            .findFirst()
                            .orElseThrow();
            wanted.computeIfAbsent(region.id(), k -> new HashSet<>()).add(AreaCodes.normalise(line.municipality()));
        }
        // release first, so a municipality can move between two regions of the file
        wanted.forEach((region, codes) -> {
            Set<String> kept = new HashSet<>(areas.areasOf(region));
            kept.retainAll(codes);
            areas.replace(region, kept);
        });
        wanted.forEach(areas::replace);
        return List.copyOf(wanted.keySet());
    }

    private static List<String> lines(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new RegionRuleException("regions.bestand-groter-dan-mb");
        }
        String text = text(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        if (lines.size() > MAX_LINES + 1) {
            throw new RegionRuleException("regions.bestand-heeft-meer-dan", MAX_LINES);
        }
        if (lines.stream().anyMatch(l -> l.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t'))) {
            throw new RegionRuleException("regions.bestand-bevat-stuurtekens-sla");
        }
        return lines;
    }

    /** UTF-8 when valid, else Windows-1252 (as Excel saves a CSV on a Dutch Windows). */
    private static String text(byte[] file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(file, Charset.forName("windows-1252"));
        }
    }
}
