package uk.peel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

@PeelIntegrationTest
class SignInIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private RestClient client() {
        return Api.anonymous(port);
    }

    private int apiStatus(String username, String password) {
        return client().get().uri("/api/v1/persons").headers(h -> h.setBasicAuth(username, password))
                .retrieve().toBodilessEntity().getStatusCode().value();
    }

    @Test
    void locksAnAccountAfterRepeatedFailedSignInsEvenAgainstTheRightPassword() {
        accounts.createIfMissing("lockout-test", "Lockout Test", TestUsers.PASSWORD, java.util.Set.of(Role.INVESTIGATOR));
        assertThat(apiStatus("lockout-test", TestUsers.PASSWORD)).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(apiStatus("lockout-test", "wrong-" + i)).isEqualTo(401);
        }

        assertThat(apiStatus("lockout-test", TestUsers.PASSWORD)).isEqualTo(401);
        assertThat(jdbc.sql("select locked_until > now() from user_account where username = 'lockout-test'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        accounts.createIfMissing("reset-test", "Reset Test", TestUsers.PASSWORD, java.util.Set.of(Role.INVESTIGATOR));
        for (int i = 0; i < 4; i++) {
            apiStatus("reset-test", "wrong");
        }
        assertThat(apiStatus("reset-test", TestUsers.PASSWORD)).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            apiStatus("reset-test", "wrong");
        }
        assertThat(apiStatus("reset-test", TestUsers.PASSWORD)).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredOnlyAsAdaptiveHashes() {
        String hash = jdbc.sql("select password_hash from user_account where username = 'admin'").query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestUsers.ADMIN_PASSWORD);
    }

    @Test
    void pagesRedirectToSignInAndCarrySecurityHeaders() {
        var response = client().get().uri("/persons").accept(MediaType.TEXT_HTML).retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo("/login");
        var login = client().get().uri("/login").retrieve().toBodilessEntity();
        assertThat(login.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(login.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getHeaders().getFirst("X-Request-Id")).isNotBlank();
    }

    @Test
    void formPostsWithoutACsrfTokenAreRefused() {
        var response = client().post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=admin&password=" + TestUsers.ADMIN_PASSWORD).retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void healthIsOpenButMetricsNeedThePermission() {
        Map<String, Object> health = client().get().uri("/actuator/health").retrieve().body(Map.class);
        assertThat(health).containsEntry("status", "UP");

        assertThat(client().get().uri("/actuator/prometheus").retrieve().toBodilessEntity().getStatusCode().value())
                .isIn(302, 401);
        var metrics = client().get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("admin", TestUsers.ADMIN_PASSWORD))
                .retrieve().toEntity(String.class);
        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        assertThat(metrics.getBody()).contains("http_server_requests");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Map<?, ?> openApi = client().get().uri("/v3/api-docs").retrieve().body(Map.class);

        assertThat(((Map<?, ?>) openApi.get("info")).get("title")).isEqualTo("Peel API");
        assertThat(((Map<?, ?>) openApi.get("paths")).keySet()).map(Object::toString)
                .contains("/api/v1/persons", "/api/v1/persons/{id}", "/api/v1/persons/import", "/api/v1/audit");
    }
}
