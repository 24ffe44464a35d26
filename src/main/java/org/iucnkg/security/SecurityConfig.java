package org.iucnkg.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.iucnkg.api.ApiPaths;
import org.iucnkg.sparql.SparqlRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * HTTP Basic for the writes listed in {@link AccessRules}, everything else public; CORS open on the
 * read paths; no sessions. Without an admin password the writes answer 403 and the log says why. The
 * REST API answers both as problem+json.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);
    static final String WRITER = "WRITER";
    static final String REALM = "IUCN-KG";
    static final String WRITES_DISABLED = "Writes are disabled on this service: no admin password is configured"
            + " (kg.security.admin-password).\n";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties settings) throws Exception {
        boolean writes = settings.writesEnabled();
        AuthenticationEntryPoint entryPoint = DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(new ProblemEntryPoint(writes), PathPatternRequestMatcher.pathPattern(ApiPaths.ALL))
                .defaultEntryPoint(writes ? basic() : (request, response, e) -> {
                    response.setStatus(403);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getOutputStream().write(WRITES_DISABLED.getBytes(StandardCharsets.UTF_8));
                })
                .build();
        http.authorizeHttpRequests(rules -> {
                    AccessRules.WRITES.forEach(write -> {
                        var rule = rules.requestMatchers(write.method(), write.path());
                        if (writes) rule.hasRole(WRITER);
                        else rule.denyAll();
                    });
                    rules.anyRequest().permitAll();
                })
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.ignoringRequestMatchers(AccessRules.API_PATHS.toArray(String[]::new)))
                .addFilterBefore(new CrossSiteWriteFilter(AccessRules.WRITES.stream()
                        .<RequestMatcher>map(write -> PathPatternRequestMatcher.pathPattern(write.method(), write.path()))
                        .toList(), settings.normalisedOrigins()), BasicAuthenticationFilter.class)
                .cors(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    private static BasicAuthenticationEntryPoint basic() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName(REALM);
        return entryPoint;
    }

    @Bean
    UserDetailsService users(SecurityProperties settings) {
        if (!settings.writesEnabled()) {
            LOG.warn("Writes are DISABLED: kg.security.admin-password is not set, so SPARQL Update ({}) and Graph Store"
                    + " writes ({}) answer 403. Set it (KG_SECURITY_ADMIN_PASSWORD) to enable them.", SparqlRoutes.UPDATE, SparqlRoutes.DATA);
            return new InMemoryUserDetailsManager();
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        users.createUser(writer(settings.adminUsername(), settings.adminPassword(), encoder));
        settings.users().forEach((name, password) -> users.createUser(writer(name, password, encoder)));
        LOG.info("Writes enabled for {}", writerNames(settings));
        return users;
    }

    private static UserDetails writer(String name, String password, PasswordEncoder encoder) {
        String stored = password.startsWith("{") ? password : encoder.encode(password);
        return User.withUsername(name).password(stored).roles(WRITER).build();
    }

    private static String writerNames(SecurityProperties settings) {
        List<String> names = new ArrayList<>(List.of(settings.adminUsername()));
        names.addAll(settings.users().keySet());
        return "user(s) " + String.join(", ", names);
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        AccessRules.OPEN_READS.forEach(read -> {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(List.of(CorsConfiguration.ALL));
            cors.setAllowedMethods(read.methods());
            cors.setAllowedHeaders(List.of(CorsConfiguration.ALL));
            cors.setExposedHeaders(AccessRules.EXPOSED_HEADERS);
            source.registerCorsConfiguration(read.path(), cors);
        });
        return source;
    }
}
