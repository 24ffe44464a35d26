package org.iucnkg.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write ({@code kg.security.*}). There is no default password: without
 * {@code admin-password} every write is refused. The password may be given encoded, e.g. {@code {bcrypt}...}.
 */
@ConfigurationProperties("kg.security")
public record SecurityProperties(@DefaultValue("admin") String adminUsername, String adminPassword) {

    boolean writesEnabled() {
        return adminPassword != null && !adminPassword.isBlank();
    }
}
