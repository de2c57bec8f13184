package dev.strata.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Guards every HTTP request before JAX-RS reads it: security headers on every answer; a POST body to
 * {@code /graphql} (and below) only as {@code application/json} or {@code application/graphql} in UTF-8 (415
 * otherwise, so no form post can reach the API: no CSRF), and at most {@code strata.limits.max-body-bytes} bytes
 * (413), counted as it is read, so a chunked body without a length is cut off too. Refusals are GraphQL error
 * bodies.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private long maxBodyBytes;

    @Override
    public void init() {
        maxBodyBytes = ConfigProvider.getConfig().getValue("strata.limits.max-body-bytes", Long.class);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (!"POST".equals(request.getMethod()) || !isGraphql(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> refusal = RequestContentType.parse(request.getContentType()).postRefusal();
        if (refusal.isPresent()) {
            refuse(response, 415, refusal.get());
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(response, 413, tooLarge());
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodyBytes);
        if (body == null) {
            refuse(response, 413, tooLarge());
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static boolean isGraphql(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/graphql") || path.startsWith("/graphql/");
    }

    private String tooLarge() {
        return "The request body is larger than the maximum of " + maxBodyBytes + " bytes.";
    }

    /** The whole body, or null when it has more than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        return body.length > max ? null : body;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ResponseBody.errors(message));
    }
}
