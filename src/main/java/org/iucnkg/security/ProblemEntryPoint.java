package org.iucnkg.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's answer to a write without credentials, as {@code application/problem+json} like its
 * other errors: 401 with the Basic challenge, or 403 when writes are disabled.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean writesEnabled;

    ProblemEntryPoint(boolean writesEnabled) {
        this.writesEnabled = writesEnabled;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        HttpStatus status = writesEnabled ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        if (writesEnabled) response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + SecurityConfig.REALM + "\", charset=\"UTF-8\"");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", writesEnabled ? "This request changes the graph: send the admin credentials (HTTP Basic)."
                : SecurityConfig.WRITES_DISABLED.strip());
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
