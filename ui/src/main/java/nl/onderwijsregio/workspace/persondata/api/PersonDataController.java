package nl.onderwijsregio.workspace.persondata.api;

import nl.onderwijsregio.workspace.persondata.PersonDataService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me/data}: everything the workspace keeps about the token's person, as one ZIP. */
@RestController
class PersonDataController {

    private final PersonDataService data;

    PersonDataController(PersonDataService data) {
        this.data = data;
    }

    @GetMapping(value = "/api/v1/me/data", produces = "application/zip")
    ResponseEntity<byte[]> data() {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mijn-gegevens.zip")
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(data.ownArchive());
    }
}
