package uk.peel.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

@PeelIntegrationTest
class GazetteerApiIT {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    private RestClient callHandler() {
        return Api.as(port, TestUsers.withRole(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD);
    }

    @Test
    void shouldLookUpAPostcodeForACallHandler() {
        var response = callHandler().get().uri("/api/v1/gazetteer/postcodes/{postcode}", "m15 4ad").retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("postcode", "M15 4AD").containsEntry("latitude", 53.464903)
                .containsEntry("longitude", -2.260757).containsEntry("locality", "North")
                .containsEntry("lsoa", Map.of("code", "E01006112", "name", "Trafford 001D"))
                .containsEntry("ward", Map.of("code", "E05015253", "name", "Old Trafford"))
                .containsEntry("localAuthority", Map.of("code", "E08000009", "name", "Trafford"));
    }

    @Test
    void shouldAnswerAMalformedPostcodeWithAProblemNamingTheField() {
        var response = callHandler().get().uri("/api/v1/gazetteer/postcodes/{postcode}", "M15-4AB").retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("status", 400)
                .containsEntry("detail", "'M15-4AB' is not a UK postcode: a postcode has only letters and digits, such as M15 4AB");
        assertThat((List<?>) response.getBody().get("errors")).singleElement().isEqualTo(Map.of("field", "postcode",
                "message", "'M15-4AB' is not a UK postcode: a postcode has only letters and digits, such as M15 4AB"));
    }

    @Test
    void shouldAnswerAPostcodeItDoesNotHoldWithNotFound() {
        var response = callHandler().get().uri("/api/v1/gazetteer/postcodes/M15 9ZZ").retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).containsEntry("detail", "The gazetteer has no postcode M15 9ZZ");
    }

    @Test
    void shouldSuggestPostcodesForTypeahead() {
        var response = callHandler().get().uri("/api/v1/gazetteer/postcodes?prefix={p}&limit=5", "m15 4").retrieve().toEntity(LIST);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).hasSize(5).allSatisfy(l -> assertThat((String) l.get("postcode")).startsWith("M15 4"));

        var malformed = callHandler().get().uri("/api/v1/gazetteer/postcodes?prefix={p}", "15M").retrieve().toEntity(Map.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat((List<?>) malformed.getBody().get("errors")).singleElement().satisfies(e ->
                assertThat(((Map<?, ?>) e).get("field")).isEqualTo("prefix"));

        var tooMany = callHandler().get().uri("/api/v1/gazetteer/postcodes?prefix=M&limit=1000").retrieve().toEntity(Map.class);
        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat((List<?>) tooMany.getBody().get("errors")).singleElement().satisfies(e ->
                assertThat(((Map<?, ?>) e).get("field")).isEqualTo("limit"));
    }

    @Test
    void shouldFindTheNearestPostcodesWithTheirDistance() {
        var response = callHandler().get().uri("/api/v1/gazetteer/nearest?lat=53.4650&lon=-2.2608&limit=2").retrieve().toEntity(LIST);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).hasSize(2);
        Map<String, Object> first = response.getBody().getFirst();
        assertThat(((Map<?, ?>) first.get("location")).get("postcode")).isEqualTo("M15 4AD");
        assertThat(((Number) first.get("distanceMetres")).longValue()).isBetween(0L, 20L);

        var outOfRange = callHandler().get().uri("/api/v1/gazetteer/nearest?lat=95&lon=-2.26").retrieve().toEntity(Map.class);
        assertThat(outOfRange.getStatusCode().value()).isEqualTo(400);
        assertThat((List<?>) outOfRange.getBody().get("errors")).singleElement().satisfies(e ->
                assertThat(((Map<?, ?>) e).get("field")).isEqualTo("lat"));
    }

    @Test
    void shouldRefuseAnyoneNotSignedIn() {
        var response = Api.anonymous(port).get().uri("/api/v1/gazetteer/postcodes/M15 4AD").retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void shouldLetEveryRoleReadTheGazetteer() {
        for (Role role : Role.values()) {
            assertThat(role.grants(uk.peel.platform.access.Permission.GAZETTEER_READ)).as(role.title()).isTrue();
        }
    }

    @Test
    void shouldDescribeTheGazetteerInTheOpenApiDescription() {
        String description = Api.admin(port).get().uri("/v3/api-docs").retrieve().body(String.class);

        assertThat(description).contains("/api/v1/gazetteer/postcodes/{postcode}").contains("/api/v1/gazetteer/postcodes")
                .contains("/api/v1/gazetteer/nearest");
    }
}
