package nl.onderwijsregio.workspace.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Two things the servlet container does before the application sees a request:
 *
 * <ul>
 *   <li>Requests Tomcat refuses itself (an encoded slash, a {@code %00} or an oversized address) get a Dutch problem
 *       detail (API addresses) or a small Dutch page, with the security headers, instead of Tomcat's HTML report.
 *   <li>Unless a trusted proxy's forwarded headers are used ({@code WORKSPACE_FORWARD_HEADERS=native}), the scheme,
 *       host and port the application sees (and builds redirects and OAuth2 callback addresses from) are those of the
 *       configured public address ({@code WORKSPACE_PUBLIC_URL}), never the client's {@code Host} header. With the
 *       default local address ({@code http://localhost:…}) the port is the one the connection came in on, so that
 *       a laptop or a test on any port keeps working.
 *   <li>The application's limit on a request's head stays 8 KB (Tomcat's default), but over it the answer is a Dutch
 *       414 (address) or 431 (headers) problem or page. Tomcat refuses a head over its own limit while parsing it,
 *       before any valve runs, with a bare 400 and no body; so Tomcat reads up to {@link #CONTAINER_HEAD_LIMIT} and
 *       {@link HeadLimit} applies the 8 KB. Beyond 32 KB the bare 400 remains.
 * </ul>
 */
@Component
class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** What the application accepts of a request's address, and of its headers together. */
    static final int HEAD_LIMIT = 8 * 1024;

    /** What Tomcat reads of a request's head (request line and headers) before it refuses without a body. */
    static final int CONTAINER_HEAD_LIMIT = 32 * 1024;

    private final URI publicUrl;
    private final boolean forwardHeaders;

    TomcatHardening(
            @Value("${workspace.public-url:http://localhost:8080}") String publicUrl,
            @Value("${server.forward-headers-strategy:none}") String forwardHeadersStrategy) {
        this.publicUrl = URI.create(publicUrl);
        this.forwardHeaders = !forwardHeadersStrategy.equalsIgnoreCase("none");
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxHttpRequestHeaderSize(CONTAINER_HEAD_LIMIT);
            }
        });
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                // the host adds a plain ErrorReportValve at start unless one of the configured class is present
                host.setErrorReportValveClass(ProblemErrorReport.class.getName());
                host.getPipeline().addValve(new ProblemErrorReport());
                host.getPipeline().addValve(new HeadLimit());
                if (!forwardHeaders) {
                    host.getPipeline().addValve(new PublicAddress(publicUrl));
                }
            }
        });
    }

    /** After Spring Boot's own Tomcat customizer (which adds the plain error report). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** 414 for an address over {@link #HEAD_LIMIT}, 431 for headers over it; the error report writes the problem. */
    static final class HeadLimit extends ValveBase {

        HeadLimit() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            org.apache.coyote.Request coyote = request.getCoyoteRequest();
            if (coyote.requestURI().getLength() + coyote.queryString().getLength() > HEAD_LIMIT) {
                response.sendError(414);
                return;
            }
            MimeHeaders headers = coyote.getMimeHeaders();
            long size = 0;
            for (int i = 0; i < headers.size(); i++) {
                size += headers.getName(i).getLength() + headers.getValue(i).getLength() + 4;
            }
            if (size > HEAD_LIMIT) {
                response.sendError(431);
                return;
            }
            getNext().invoke(request, response);
        }
    }

    /** Scheme, host and port from the public address. */
    static final class PublicAddress extends ValveBase {

        private final String scheme;
        private final String host;
        private final int port;
        private final boolean local;

        PublicAddress(URI publicUrl) {
            super(true);
            this.scheme = publicUrl.getScheme() == null
                    ? "http"
                    : publicUrl.getScheme().toLowerCase(Locale.ROOT);
            this.host = publicUrl.getHost() == null ? "localhost" : publicUrl.getHost();
            this.port = publicUrl.getPort() != -1 ? publicUrl.getPort() : scheme.equals("https") ? 443 : 80;
            this.local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            org.apache.coyote.Request coyote = request.getCoyoteRequest();
            coyote.scheme().setString(local ? request.getScheme() : scheme);
            coyote.serverName().setString(host);
            coyote.setServerPort(local ? request.getLocalPort() : port);
            if (!local) {
                request.setSecure(scheme.equals("https"));
            }
            getNext().invoke(request, response);
        }
    }

    /** Tomcat's error report as a problem detail or a Dutch page, without server name or stack trace. */
    public static final class ProblemErrorReport extends ErrorReportValve {

        public ProblemErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get() || !response.setErrorReported()) {
                return;
            }
            String path = String.valueOf(request.getCoyoteRequest().requestURI());
            boolean english = ProblemTexts.english(request.getHeader("Accept-Language"));
            String title = ProblemTexts.title(status, english);
            String detail = status == 400
                    ? ProblemTexts.text("detail.bad-path", english)
                    : ProblemTexts.detail(status, english, "-");
            boolean problem = path.equals("/api")
                    || path.startsWith("/api/")
                    || request.getHeader("Accept") == null
                    || !request.getHeader("Accept").contains("text/html");
            try {
                response.resetBuffer();
                SecurityHeaders.writeMinimal(response);
                response.setCharacterEncoding("UTF-8");
                String body;
                if (problem) {
                    response.setContentType("application/problem+json");
                    body = "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                            + ",\"detail\":\"" + json(detail) + "\"}";
                } else {
                    response.setContentType("text/html;charset=UTF-8");
                    body = "<!DOCTYPE html><html lang=\"" + (english ? "en" : "nl")
                            + "\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
                            + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                            + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">"
                            + HtmlUtils.htmlEscape(ProblemTexts.text("page.start", english))
                            + "</a></p></main></body></html>";
                }
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is committed: nothing more to say
            }
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
