package nl.onderwijsregio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The AOT training run's visit of the first pages: every page asked for, and a failure reported. */
class AotTrainingTest {

    @Test
    void asks_for_every_first_page_and_succeeds_when_all_answer() throws IOException {
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer server = server(200, asked);
        try {
            assertThat(AotTraining.visit(server.getAddress().getPort())).isZero();
            assertThat(asked).containsExactlyElementsOf(AotTraining.PAGES);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_server_error_or_no_answer_fails_the_training() throws IOException {
        HttpServer server = server(500, new CopyOnWriteArrayList<>());
        int port = server.getAddress().getPort();
        try {
            assertThat(AotTraining.visit(port)).isEqualTo(1);
        } finally {
            server.stop(0);
        }
        assertThat(AotTraining.visit(port)).as("nothing listens any more").isEqualTo(1);
    }

    private static HttpServer server(int status, List<String> asked) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }
}
