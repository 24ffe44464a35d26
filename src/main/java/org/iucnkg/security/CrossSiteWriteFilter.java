package org.iucnkg.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses writes a browser sends on behalf of another site. Writes take no CSRF token (their clients
 * are programs), but a browser that cached an admin's Basic credentials would still attach them to a
 * form posted from a hostile page: such requests carry an {@code Origin} (or {@code Sec-Fetch-Site:
 * cross-site}) that is not this service, and are answered 403 before authentication.
 */
final class CrossSiteWriteFilter extends OncePerRequestFilter {
    static final String REFUSED = "Cross-site write refused: this request comes from a page on %s, not from this"
            + " service. Send writes from a program, or list the origin in kg.security.allowed-origins.\n";

    private final List<RequestMatcher> writes;
    private final Set<String> allowedOrigins;

    CrossSiteWriteFilter(List<RequestMatcher> writes, Set<String> allowedOrigins) {
        this.writes = writes;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return writes.stream().noneMatch(write -> write.matches(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        boolean crossSite = "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
        if ((origin != null && !sameOrAllowed(origin, request)) || (origin == null && crossSite)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            String from = origin == null ? "another site" : origin;
            response.getOutputStream().write(String.format(REFUSED, from).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean sameOrAllowed(String origin, HttpServletRequest request) {
        String normalised = origin.toLowerCase(Locale.ROOT);
        if (allowedOrigins.contains(normalised)) return true;
        try {
            URI uri = URI.create(normalised);
            int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException notAnOrigin) {
            return false; // "null" and garbage are not this service
        }
    }
}
