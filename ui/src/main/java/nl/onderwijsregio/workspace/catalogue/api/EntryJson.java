package nl.onderwijsregio.workspace.catalogue.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import nl.onderwijsregio.workspace.catalogue.CatalogueEntry;
import nl.onderwijsregio.workspace.catalogue.SearchHit;
import org.jspecify.annotations.Nullable;

/** A catalogue entry as the API shows it; in search results with its information text highlighted. */
@Schema(name = "CatalogueEntry", description = "Een bron uit de catalogus.")
record EntryJson(
        String id,
        String theme,
        @Nullable String subTheme,
        @Schema(description = "Welke informatie") String information,
        @Schema(description = "Wie de gegevens heeft") String source,

        @Schema(description = "Detailniveau zoals in de Handreiking") @Nullable
        String level,

        @Schema(description = "Bekend openbaar basisadres van de bron") @Nullable
        String link,

        @Schema(description = "Hoe je bij de gegevens komt, zoals in de Handreiking") @Nullable
        String navigationHint,

        @Schema(description = "Id van een eerdere, gelijke bron onder een ander thema") @Nullable
        String sameAs,

        @Schema(description = "OPEN of CLOSED (alleen op aanvraag of via een overeenkomst)")
        String access,

        @Schema(description = "Genoemde sectoren: PO, SO, VO, MBO, HO, KINDEROPVANG")
        List<String> sectors,

        @Schema(description = "Genormaliseerde detailniveaus, zoals GEMEENTE of VESTIGING")
        List<String> granularities,

        @Nullable String partnerId,
        @Nullable String partnerName,

        @Schema(description = "Gevoelige gegevens over kansengelijkheid: gebruik met zorg")
        boolean sensitive,

        boolean retired,
        int revision,
        OffsetDateTime updatedAt,

        @Schema(
                description = "Alleen in zoekresultaten: de informatie met gevonden woorden tussen " + SearchHit.START
                        + " en " + SearchHit.STOP + " (platte tekst, geen HTML)")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Nullable
        String highlighted) {

    static EntryJson of(CatalogueEntry e) {
        return of(e, null);
    }

    static EntryJson of(SearchHit hit) {
        return of(hit.entry(), hit.highlighted());
    }

    private static EntryJson of(CatalogueEntry e, @Nullable String highlighted) {
        return new EntryJson(
                e.id(),
                e.theme(),
                e.subTheme(),
                e.information(),
                e.source(),
                e.level(),
                e.link(),
                e.navigationHint(),
                e.sameAs(),
                e.access(),
                e.sectors(),
                e.granularities(),
                e.partnerId(),
                e.partnerName(),
                e.sensitive(),
                e.retired(),
                e.revision(),
                e.updatedAt(),
                highlighted);
    }
}
