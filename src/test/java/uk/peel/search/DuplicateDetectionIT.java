package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;

/** Probable duplicates are found with their evidence, can be dismissed for good, and leave the list when merged. */
@PeelIntegrationTest
@SuppressWarnings("unchecked")
class DuplicateDetectionIT {

    @LocalServerPort
    int port;

    private final String surname = "Dupont" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);

    private RestClient admin() {
        return Api.admin(port);
    }

    private String create(String forenames, String dob) {
        Map<String, Object> body = admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .body("{\"forenames\":\"" + forenames + "\",\"surname\":\"" + surname + "\",\"datesOfBirth\":[\"" + dob + "\"]}")
                .retrieve().body(Map.class);
        return (String) body.get("id");
    }

    private List<Map<String, Object>> openPairsOf(String id) {
        return admin().get().uri("/api/v1/persons/duplicates?personId={id}", id).retrieve().body(List.class);
    }

    @Test
    void aNewRecordOfSomeoneAlreadyOnRecordIsOfferedAsAProbableDuplicateWithItsEvidence() throws InterruptedException {
        String robert = create("Robert", "1985-12-03");
        String bob = create("Bob", "1985-03-12");
        String stranger = create("Yusuf", "1950-01-01");

        List<Map<String, Object>> pairs = eventually(() -> openPairsOf(bob));

        // Other tests record Robert and Bob born on these dates too; the pair with this test's Robert must be there.
        assertThat(pairs).anySatisfy(pair -> {
            assertThat(pair.toString()).contains(robert);
            assertThat((Double) pair.get("score")).isGreaterThanOrEqualTo(0.7);
            assertThat(pair.get("evidence").toString()).contains("nickname").contains("day and month swapped");
        });
        assertThat(openPairsOf(stranger)).isEmpty();

        Map<String, Object> scan = admin().post().uri("/api/v1/persons/duplicates/scan").retrieve().body(Map.class);
        assertThat(((Number) scan.get("peopleChecked")).longValue()).isGreaterThanOrEqualTo(3);
        assertThat(openPairsOf(bob)).hasSameSizeAs(pairs);
    }

    @Test
    void aDismissedPairIsNotOfferedAgainAndAMergedPairLeavesTheList() throws InterruptedException {
        String first = create("Margaret", "1961-05-04");
        String second = create("Peggy", "1961-05-04");
        eventually(() -> openPairsOf(second));

        var refused = admin().post().uri("/api/v1/persons/duplicates/dismiss").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("first", first, "second", second, "reason", "")).retrieve().toBodilessEntity();
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        var dismissed = admin().post().uri("/api/v1/persons/duplicates/dismiss").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("first", second, "second", first, "reason", "Twins: different NI numbers")).retrieve().toBodilessEntity();
        assertThat(dismissed.getStatusCode().value()).isEqualTo(200);
        assertThat(openPairsOf(second)).isEmpty();
        admin().post().uri("/api/v1/persons/duplicates/scan").retrieve().toBodilessEntity();
        assertThat(openPairsOf(second)).as("a dismissed pair stays dismissed after a rescan").isEmpty();

        String third = create("Margaret", "1961-05-04");
        eventually(() -> openPairsOf(third));
        admin().post().uri("/api/v1/persons/merges").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("survivorId", first, "survivorVersion", 1, "mergedId", third, "mergedVersion", 1, "reason", "Same PNC ID"))
                .retrieve().toBodilessEntity();
        List<Map<String, Object>> left = openPairsOf(third);
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(100);
            left = openPairsOf(third);
        }
        assertThat(left).isEmpty();
    }

    private static List<Map<String, Object>> eventually(java.util.function.Supplier<List<Map<String, Object>>> pairs)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Map<String, Object>> found = pairs.get();
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            found = pairs.get();
        }
        return found;
    }
}
