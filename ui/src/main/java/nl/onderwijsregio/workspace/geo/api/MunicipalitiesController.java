package nl.onderwijsregio.workspace.geo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.geo.MunicipalityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/municipalities}: the municipalities with the larger areas that hold them. */
@RestController
@Tag(name = "Gebieden", description = "Gemeenten, gebieden van regio's en de kaart (CBS Gebiedsindelingen, CC BY 4.0)")
class MunicipalitiesController {

    private final MunicipalityService municipalities;

    MunicipalitiesController(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/api/v1/municipalities")
    @Operation(
            summary = "Alle gemeenten",
            description = "Per gemeente de CBS-code, naam, het jaar van de grenzen en de provincie, het COROP-gebied en"
                    + " de arbeidsmarktregio waarin ze ligt (afgeleid uit de grenzen).")
    List<Municipality> all() {
        return municipalities.all();
    }
}
