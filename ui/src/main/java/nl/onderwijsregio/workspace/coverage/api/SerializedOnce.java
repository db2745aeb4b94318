package nl.onderwijsregio.workspace.coverage.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of an answer the service serves from its cache, written once per cached answer: while the data version
 * holds, {@code CoverageService} returns the very same (immutable) list, so its bytes can be reused; a new answer
 * is written anew. Written with the app's own {@link JsonMapper}, so the bytes are what Spring MVC would send. A
 * client that accepts gzip (BI tools, browsers, {@code curl --compressed}) gets the same bytes compressed once per
 * answer too: about a tenth of the size, without compressing per request.
 */
final class SerializedOnce {

    private record Written(Object answer, byte[] json, byte[] gzip) {}

    private final JsonMapper json;
    private final AtomicReference<Written> last = new AtomicReference<>();

    SerializedOnce(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> of(Object answer, @Nullable String acceptEncoding) {
        Written written = last.get();
        if (written == null || written.answer() != answer) {
            byte[] bytes = json.writeValueAsBytes(answer);
            written = new Written(answer, bytes, gzip(bytes));
            last.set(written);
        }
        ResponseEntity.BodyBuilder response =
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, "Accept-Encoding");
        if (acceptsGzip(acceptEncoding)) {
            return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(written.gzip());
        }
        return response.body(written.json());
    }

    /** Whether an {@code Accept-Encoding} header allows gzip: named (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.startsWith("q=")) {
                    refused = parameter.matches("q=0(\\.0{0,3})?");
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 8));
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 64 * 1024)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return out.toByteArray();
    }
}
