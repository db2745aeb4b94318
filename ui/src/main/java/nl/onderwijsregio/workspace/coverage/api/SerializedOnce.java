package nl.onderwijsregio.workspace.coverage.api;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of an answer the service serves from its cache, written once per cached answer: while the data version
 * holds, {@code CoverageService} returns the very same (immutable) list, so its bytes can be reused; a new answer
 * is written anew. Written with the app's own {@link JsonMapper}, so the bytes are what Spring MVC would send.
 */
final class SerializedOnce {

    private record Written(Object answer, byte[] json) {}

    private final JsonMapper json;
    private final AtomicReference<Written> last = new AtomicReference<>();

    SerializedOnce(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> of(Object answer) {
        Written written = last.get();
        if (written == null || written.answer() != answer) {
            written = new Written(answer, json.writeValueAsBytes(answer));
            last.set(written);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(written.json());
    }
}
