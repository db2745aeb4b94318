package nl.onderwijsregio.workspace.coverage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

class SerializedOnceTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void gzip_only_for_clients_that_accept_it() {
        assertThat(SerializedOnce.acceptsGzip(null)).isFalse();
        assertThat(SerializedOnce.acceptsGzip("")).isFalse();
        assertThat(SerializedOnce.acceptsGzip("identity")).isFalse();
        assertThat(SerializedOnce.acceptsGzip("br, deflate")).isFalse();
        assertThat(SerializedOnce.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(SerializedOnce.acceptsGzip("gzip; q=0.000, br")).isFalse();
        assertThat(SerializedOnce.acceptsGzip("gzip")).isTrue();
        assertThat(SerializedOnce.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(SerializedOnce.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(SerializedOnce.acceptsGzip("*")).isTrue();
        assertThat(SerializedOnce.acceptsGzip("x-gzip")).isTrue();
    }

    @Test
    void the_compressed_answer_is_the_same_json_and_both_are_written_once_per_answer() throws IOException {
        SerializedOnce once = new SerializedOnce(json);
        List<Map<String, Object>> answer = List.of(Map.of("regionId", "noordkust", "registered", 3));

        ResponseEntity<byte[]> plain = once.of(answer, null);
        ResponseEntity<byte[]> zipped = once.of(answer, "gzip, deflate");

        assertThat(plain.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(zipped.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(zipped.getHeaders().getFirst(HttpHeaders.VARY)).isEqualTo("Accept-Encoding");
        assertThat(plain.getHeaders().getFirst(HttpHeaders.VARY)).isEqualTo("Accept-Encoding");
        assertThat(gunzip(zipped.getBody())).isEqualTo(plain.getBody()).isEqualTo(json.writeValueAsBytes(answer));
        assertThat(once.of(answer, null).getBody()).isSameAs(plain.getBody());
        assertThat(once.of(answer, "gzip").getBody()).isSameAs(zipped.getBody());

        List<Map<String, Object>> newer = List.of(Map.of("regionId", "noordkust", "registered", 4));
        assertThat(gunzip(once.of(newer, "gzip").getBody())).isEqualTo(json.writeValueAsBytes(newer));
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
