package uk.peel.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

/**
 * Two ways in. The API ({@code /api/**}) is stateless: HTTP Basic with a local account, or a bearer token from the
 * force's OIDC identity provider when one is configured; no session, so no CSRF exposure. The web UI uses form
 * sign-in with a session, CSRF tokens and strict security headers. Which permission each page and operation
 * needs is declared on the handler itself ({@link RequiresPermission}), not in URL patterns here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Scripts from Peel's own origin only. Images may also come from the map tile server the force configures
     * ({@code peel.map.tiles}), and from nowhere else.
     */
    static String contentSecurityPolicy(String tiles) {
        String tileOrigin = "";
        if (tiles != null && !tiles.isBlank()) {
            // A Leaflet URL template such as https://{s}.tile.example.org/{z}/{x}/{y}.png: its origin, with the
            // subdomain placeholder as a wildcard.
            java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://[^/]+)").matcher(tiles.strip());
            if (origin.find()) {
                tileOrigin = " " + origin.group(1).replace("{s}", "*");
            }
        }
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" + tileOrigin
                + "; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    }

    @Bean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm named in each hash so it can be upgraded without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    // Filter chains only where there is a web server: offline commands (reindex) run the same context without one.
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder,
                            @Value("${peel.security.oidc.roles-claim:roles}") String rolesClaim) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(new IdentityProviderRoles(rolesClaim))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, @Value("${peel.map.tiles:}") String tiles) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/assets/**", "/webjars/**", "/css/**", "/js/**",
                                "/favicon.ico", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(Permission.METRICS_READ.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .httpBasic(basic -> { })
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Maps the identity provider's role claim (for example a Keycloak client role list) onto Peel's roles. */
    record IdentityProviderRoles(String claim) implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<String> names = Objects.requireNonNullElse(jwt.getClaimAsStringList(claim), List.of());
            List<Role> roles = names.stream()
                    .map(name -> name.toUpperCase().replace('-', '_').replace(' ', '_'))
                    .flatMap(name -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
                    .toList();
            String username = Objects.requireNonNullElse(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
            return new JwtAuthenticationToken(jwt, Authorities.of(roles), username);
        }
    }
}
