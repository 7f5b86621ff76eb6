package uk.peel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;

/**
 * Bearer tokens from the force's identity provider (Keycloak, Entra ID...) are accepted on the API, and the roles
 * in the token mean the same as a local account's roles. In production the decoder comes from configuration
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}); here a test key stands in for the provider.
 */
@PeelIntegrationTest
@Import(IdentityProviderTokenIT.TestIdentityProvider.class)
class IdentityProviderTokenIT {

    static final SecretKey KEY = new SecretKeySpec("a-test-signing-key-of-at-least-256-bits!!".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    @TestConfiguration
    static class TestIdentityProvider {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withSecretKey(KEY).build();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aTokenWithARoleGrantsThatRolesPermissionsOnly() throws Exception {
        String investigator = token("d.jones", List.of("investigator"));
        String dispatcher = token("p.khan", List.of("dispatcher"));
        String body = "{\"forenames\":\"Grace\",\"surname\":\"Hopper\"}";

        assertThat(post(investigator, body)).isEqualTo(201);
        assertThat(post(dispatcher, body)).isEqualTo(403);
        assertThat(post("not-a-token", body)).isEqualTo(401);
    }

    private int post(String token, String body) {
        return Api.anonymous(port).post().uri("/api/v1/persons").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity().getStatusCode().value();
    }

    private static String token(String username, List<String> roles) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("id-" + username).claim("preferred_username", username)
                .claim("roles", roles).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(KEY));
        return jwt.serialize();
    }
}
