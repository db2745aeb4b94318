package nl.onderwijsregio.workspace.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1}: title, purpose, bearer JWT. Served at {@code /api/v1/openapi.json},
 * with Swagger UI at {@code /api/v1/docs} (springdoc properties in application.properties).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI workspaceApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Werkruimte Onderwijsregio's API")
                        .version("v1")
                        .description("REST API van de werkruimte voor de onderwijsregio's en de Realisatie-Eenheid:"
                                + " wie je bent, de regio's met hun profiel en activiteit, en de gedeelde catalogus"
                                + " van databronnen (ook als DCAT-AP-DONL). Stuur bij elk verzoek een toegangstoken"
                                + " van de Keycloak-realm mee (Authorization: Bearer ...). Fouten zijn RFC 9457"
                                + " problem details in het Nederlands."))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        BEARER,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("JWT")
                                                .description(
                                                        "Toegangstoken (JWT) van de realm onderwijsregio, met audience 'workspace'.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
