package nl.onderwijsregio.workspace.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsregio.workspace.messages.Texts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input rules for every {@code /api/} request, before security and the controllers: query parameters (names and
 * values) without control characters (400 naming the parameter), and a request body of at most {@link #MAX_BODY}
 * bytes (413), whether announced by {@code Content-Length} or sent in chunks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiInputFilter extends OncePerRequestFilter {

    /** 1 MB: the largest request body the API reads. */
    static final int MAX_BODY = 1024 * 1024;

    private final JsonMapper json;

    /** The application's mapper: it writes a problem detail's properties (such as {@code field}) at the top level. */
    ApiInputFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            tooLarge(request, response);
            return;
        }
        String query = request.getQueryString();
        if (query != null) {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                boolean bad = StrictJson.hasForbiddenCharacter(parameter.getKey());
                for (String value : parameter.getValue()) {
                    bad |= StrictJson.hasForbiddenCharacter(value)
                            || value.contains("\n")
                            || value.contains("\r")
                            || value.contains("\t");
                }
                if (bad) {
                    String name = StrictJson.hasForbiddenCharacter(parameter.getKey()) ? "?" : parameter.getKey();
                    ProblemDetail problem = problem(
                            request,
                            HttpStatus.BAD_REQUEST,
                            "problem.title.invalid",
                            "problem.detail.parameter-control-character",
                            name);
                    problem.setProperty("field", name);
                    write(response, problem);
                    return;
                }
            }
        }
        HttpServletRequest checked = request;
        if (request.getContentLengthLong() < 0 && hasChunkedBody(request)) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                tooLarge(request, response);
                return;
            }
            checked = new BufferedBody(request, body);
        }
        chain.doFilter(checked, response);
    }

    private static boolean hasChunkedBody(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && !encoding.isBlank();
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(
                response,
                problem(
                        request,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "problem.title.too-large",
                        "problem.detail.body-too-large"));
    }

    /** A problem detail in the client's language ({@code Accept-Language}, Dutch by default). */
    private static ProblemDetail problem(
            HttpServletRequest request, HttpStatus status, String titleKey, String detailKey, Object... args) {
        Locale locale = ApiErrors.locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Texts.text(detailKey, locale, args));
        problem.setTitle(Texts.text(titleKey, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its (already read, size-checked) body. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() != null ? getCharacterEncoding() : "UTF-8";
            return new BufferedReader(
                    new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
