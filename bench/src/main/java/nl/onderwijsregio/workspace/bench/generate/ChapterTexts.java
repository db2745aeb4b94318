package nl.onderwijsregio.workspace.bench.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The Markdown of a written analysis chapter as a region writes it: a few KB with sub-headings, paragraphs, a bullet
 * list, a numbered list, a table and citations of the chapter's sources ({@code [[bron:e019]]},
 * {@code [[register:12]]}). Drawn from a seeded random, so a run writes the same texts.
 */
public final class ChapterTexts {

    private static final List<String> SENTENCES = List.of(
            "De basisanalyse van juni laat zien dat het tekort in de kleinere kernen sneller oploopt dan in de steden.",
            "Schoolbesturen melden dat vacatures voor vakleerkrachten langer openstaan dan een jaar eerder.",
            "Het aandeel zij-instromers groeit, maar een deel haakt in het eerste jaar af.",
            "De uitstroom van ervaren leraren ligt boven het landelijk gemiddelde, vooral rond de pensioenleeftijd.",
            "Starters noemen begeleiding in de eerste twee jaar als belangrijkste reden om te blijven.",
            "Werkdruk en de verhouding tussen lesgebonden en overige taken komen in elk gesprek terug.",
            "De woningmarkt maakt het voor jonge leraren lastig om zich in de regio te vestigen.",
            "Samenwerking met de lerarenopleidingen levert stageplaatsen op die vaak tot een eerste baan leiden.",
            "In het voortgezet onderwijs zijn de tekorten het grootst in de exacte vakken en de talen.",
            "Onderwijsondersteuners worden vaker ingezet om klassen draaiende te houden.",
            "Het verzuim is na twee jaar daling weer licht gestegen, met grote verschillen tussen besturen.",
            "Kinderopvang en voorschoolse educatie concurreren om dezelfde mensen als het primair onderwijs.",
            "Scholen met veel leerlingen met een onderwijsachterstand hebben de meeste moeite met invullen.",
            "De gemeenten willen de regionale aanpak verbinden met hun eigen arbeidsmarktbeleid.",
            "Een gedeelde invalpool heeft in het afgelopen jaar een derde van de korte vervangingen opgevangen.",
            "De cijfers over instroom en uitstroom zijn per sector beschikbaar, niet per school.");

    private static final List<String> SUB_HEADINGS = List.of(
            "Wat de cijfers laten zien",
            "Wat we in de regio horen",
            "Verschillen tussen sectoren",
            "Wat dit betekent",
            "Wat we nog niet weten",
            "Aanpak en afspraken");

    private static final List<String> POINTS = List.of(
            "een gezamenlijke wervingscampagne met de besturen",
            "begeleiding van starters in hun eerste twee jaar",
            "een regionale invalpool voor korte vervanging",
            "afspraken met de pabo en de lerarenopleidingen over stages",
            "zij-instromers een vaste begeleider geven",
            "verzuim per bestuur vergelijkbaar maken",
            "huisvesting voor starters samen met de gemeenten",
            "onderwijsondersteuners opleiden tot leraar");

    private static final List<String> SECTORS = List.of("po", "so", "vo", "mbo", "vve");

    private ChapterTexts() {}

    /**
     * One chapter's text: about {@code targetChars} characters (at least a few KB), citing each of {@code citations}
     * (written as {@code [[bron:…]]}, {@code [[register:…]]}) once.
     */
    public static String chapter(String title, List<String> citations, int targetChars, SplittableRandom random) {
        StringBuilder md = new StringBuilder();
        md.append(paragraph(random, 3)).append(' ').append(title).append(" staat in deze regio onder druk.\n\n");
        int cited = 0;
        int section = 0;
        while (md.length() < targetChars || cited < citations.size()) {
            md.append("### ")
                    .append(SUB_HEADINGS.get(section % SUB_HEADINGS.size()))
                    .append("\n\n");
            String paragraph = paragraph(random, 3 + random.nextInt(3));
            if (cited < citations.size()) {
                paragraph += " Zie " + citations.get(cited++) + ".";
            }
            md.append(paragraph).append("\n\n");
            switch (section % 3) {
                case 0 -> {
                    for (int i = 0; i < 4; i++) {
                        md.append("- ").append(pick(random, POINTS));
                        if (cited < citations.size() && i == 1) {
                            md.append(' ').append(citations.get(cited++));
                        }
                        md.append('\n');
                    }
                }
                case 1 -> {
                    md.append("| Sector | Tekort nu | Tekort over drie jaar | Vacatures |\n|---|---:|---:|---:|\n");
                    for (String sector : SECTORS) {
                        md.append("| ")
                                .append(sector)
                                .append(" | ")
                                .append(percent(random))
                                .append(" | ")
                                .append(percent(random))
                                .append(" | ")
                                .append(10 + random.nextInt(190))
                                .append(" |\n");
                    }
                }
                default -> {
                    for (int i = 1; i <= 3; i++) {
                        md.append(i).append(". ").append(pick(random, POINTS));
                        if (cited < citations.size() && i == 2) {
                            md.append(' ').append(citations.get(cited++));
                        }
                        md.append('\n');
                    }
                }
            }
            md.append('\n');
            section++;
        }
        return md.toString().strip() + "\n";
    }

    private static String paragraph(SplittableRandom random, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                p.append(' ');
            }
            String sentence = pick(random, SENTENCES);
            p.append(random.nextInt(6) == 0 ? "**" + sentence.substring(0, sentence.length() - 1) + "**." : sentence);
        }
        return p.toString();
    }

    private static String percent(SplittableRandom random) {
        return (1 + random.nextInt(6)) + "," + random.nextInt(10) + "%";
    }

    private static String pick(SplittableRandom random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
