package nl.onderwijsregio.workspace.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An unreachable database is answered with a Dutch 503 problem detail; other database failures are not hidden. */
class DatabaseOutageAnswerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ApiErrors())
            .build();

    @Test
    void a_pool_timeout_or_a_lost_connection_is_a_503_with_retry_after() throws Exception {
        for (String kind : new String[] {"pool", "shutdown", "refused"}) {
            mvc.perform(post("/fail").param("kind", kind))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Tijdelijk niet beschikbaar"))
                    .andExpect(jsonPath("$.detail")
                            .value("De database is even niet bereikbaar, dus dit is niet gelukt. Probeer het over"
                                    + " enkele seconden opnieuw."));
        }
    }

    @Test
    void a_constraint_violation_is_not_dressed_up_as_an_outage() {
        assertThatThrownBy(() -> mvc.perform(post("/fail").param("kind", "constraint")))
                .hasRootCauseInstanceOf(SQLException.class);
    }

    @RestController
    static class Failing {
        @PostMapping("/fail")
        void fail(@RequestParam String kind) {
            throw switch (kind) {
                case "pool" ->
                    new CannotCreateTransactionException(
                            "Could not open JDBC Connection", new SQLTransientConnectionException("timed out"));
                case "shutdown" ->
                    new org.springframework.dao.DataAccessResourceFailureException(
                            "insert", new SQLException("terminating connection due to administrator command", "57P01"));
                case "refused" -> new CannotGetJdbcConnectionException("Connection refused");
                default -> new DataIntegrityViolationException("check", new SQLException("violates check", "23514"));
            };
        }
    }
}
