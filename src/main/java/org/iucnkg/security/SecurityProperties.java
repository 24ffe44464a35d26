package org.iucnkg.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write ({@code kg.security.*}). There is no default password: without
 * {@code admin-password} every write is refused. Passwords may be given encoded, e.g. {@code {bcrypt}...}.
 * {@code users} adds more writers ({@code kg.security.users.alice=...}); {@code allowed-origins} lists the
 * web origins (besides the service itself) whose pages may send writes.
 */
@ConfigurationProperties("kg.security")
public record SecurityProperties(@DefaultValue("admin") String adminUsername, String adminPassword,
                                 Map<String, String> users, List<String> allowedOrigins) {

    public SecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    boolean writesEnabled() {
        return adminPassword != null && !adminPassword.isBlank();
    }

    Set<String> normalisedOrigins() {
        return allowedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT).replaceAll("/+$", "")).collect(Collectors.toSet());
    }
}
