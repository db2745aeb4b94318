package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.EntryContribution;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionArea;
import nl.onderwijsregio.workspace.regions.RegionAreaService;
import nl.onderwijsregio.workspace.regions.RegionKind;

/**
 * In the catalogue's detail panel, for an entry available per gemeente, arbeidsmarktregio, COROP area or province:
 * which of those areas cover the active region ("Voor jouw regio: arbeidsmarktregio's Groningen en Drenthe").
 */
@org.springframework.stereotype.Component
class AreaOfEntry implements EntryContribution {

    /** The entry's levels (as the catalogue derives them) that name areas a region lies in, in this order. */
    static final List<String> LEVELS = List.of("GEMEENTE", "ARBEIDSMARKTREGIO", "COROP", "PROVINCIE");

    private final RegionChoice choice;
    private final RegionAreaService areas;

    AreaOfEntry(RegionChoice choice, RegionAreaService areas) {
        this.choice = choice;
        this.areas = areas;
    }

    @Override
    public Optional<Component> forEntry(CatalogueEntry entry) {
        List<String> levels =
                LEVELS.stream().filter(entry.granularities()::contains).toList();
        Region region = levels.isEmpty() ? null : choice.current().orElse(null);
        if (region == null || region.kind() != RegionKind.GEOGRAPHIC) {
            return Optional.empty();
        }
        RegionArea area = areas.area(region.id());
        if (area.municipalities().isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div();
        box.setId("area-hint");
        box.addClassName("notice");
        for (String level : levels) {
            List<String> names = names(level, area);
            Paragraph line = new Paragraph(box.getTranslation(
                    "area.hint." + level + (names.size() == 1 ? ".one" : ".many"), join(box, names)));
            line.addClassName("area-hint-line");
            box.add(line);
        }
        return Optional.of(box);
    }

    private static List<String> names(String level, RegionArea area) {
        return switch (level) {
            case "GEMEENTE" ->
                area.municipalities().stream().map(Municipality::name).toList();
            case "ARBEIDSMARKTREGIO" -> names(area.labourMarkets(), Municipality.Area::name);
            case "COROP" -> names(area.corops(), Municipality.Area::name);
            default -> names(area.provinces(), Municipality.Area::name);
        };
    }

    private static <T> List<String> names(List<T> areas, Function<T, String> name) {
        return areas.stream().map(name).toList();
    }

    /** "A", "A en B", "A, B en C". */
    static String join(Component translator, List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        List<String> first = new ArrayList<>(names.subList(0, names.size() - 1));
        return String.join(", ", first) + " " + translator.getTranslation("area.hint.and") + " " + names.getLast();
    }
}
