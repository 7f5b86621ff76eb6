package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import uk.peel.platform.PeelProperties;
import uk.peel.support.Api;
import uk.peel.support.TestNames;
import uk.peel.support.PeelIntegrationTest;

/**
 * A rebuild (`peel reindex`, or at start when the index disagrees with the records) is built beside the index in use
 * and swapped in when complete: searches go on finding everyone meanwhile, and a record corrected while the rebuild
 * reads the records is current in the new index.
 */
@PeelIntegrationTest
class SearchIndexRebuildIT {

    @LocalServerPort
    int port;
    @Autowired
    SearchIndex index;
    @Autowired
    PeelProperties properties;


    private String create(String forenames, String surname, String born) {
        return (String) Api.admin(port).post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .body("{\"forenames\":\"%s\",\"surname\":\"%s\",\"datesOfBirth\":[\"%s\"]}".formatted(forenames, surname, born))
                .retrieve().body(Map.class).get("id");
    }

    private void correct(String id, String forenames, String surname, String born) {
        Api.admin(port).put().uri("/api/v1/persons/{id}", id).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"forenames\":\"%s\",\"surname\":\"%s\",\"datesOfBirth\":[\"%s\"]}".formatted(forenames, surname, born))
                .retrieve().toBodilessEntity();
    }

    private String firstFound(String q) {
        Map<String, Object> first = first(q);
        return first == null ? null : (String) first.get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> first(String q) {
        List<Map<String, Object>> results = (List<Map<String, Object>>) Api.admin(port).get()
                .uri("/api/v1/persons/search?q={q}&limit=5", q).retrieve().body(Map.class).get("results");
        return results.isEmpty() ? null : results.getFirst();
    }

    private boolean foundWithin(String q, String id, Duration wait) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        do {
            if (id.equals(firstFound(q))) {
                return true;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        return false;
    }

    @Test
    void searchesFindEveryoneDuringARebuildAndACorrectionMadeMeanwhileIsInTheNewIndex() throws Exception {
        String surname = TestNames.uniqueSurname("Zy");
        String ada = create("Ada", surname, "1985-12-10");
        String grace = create("Grace", surname, "1906-12-09");
        assertThat(foundWithin("ada " + surname + " 10/12/1985", ada, Duration.ofSeconds(5))).isTrue();
        assertThat(foundWithin("grace " + surname + " 9/12/1906", grace, Duration.ofSeconds(5))).isTrue();
        String married = TestNames.uniqueSurname("Zy");
        List<String> foundDuringRebuild = new ArrayList<>();
        boolean[] corrected = {false};

        long rebuilt = index.rebuild(50, batch -> {
            if (corrected[0] || batch.stream().noneMatch(person -> person.id().toString().equals(grace))) {
                return;
            }
            corrected[0] = true;
            try {
                // Longer than the periodic refresh, so a search would see an index emptied for the rebuild.
                Thread.sleep(400);
                foundDuringRebuild.add(firstFound("ada " + surname + " 10/12/1985"));
                foundDuringRebuild.add(firstFound("grace " + surname + " 9/12/1906"));
                // Grace's record has been read for the rebuild; an officer corrects it before it is indexed there.
                correct(grace, "Grace", married, "1906-12-09");
                assertThat(foundWithin("grace " + married + " 9/12/1906", grace, Duration.ofSeconds(5)))
                        .as("the correction is indexed while the rebuild runs").isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(corrected[0]).isTrue();
        assertThat(rebuilt).isPositive();
        assertThat(foundDuringRebuild).as("the index in use answered for everyone during the rebuild")
                .containsExactly(ada, grace);
        Map<String, Object> found = first("grace " + married + " 9/12/1906");
        assertThat(found).isNotNull();
        assertThat(found.get("id")).isEqualTo(grace);
        // The surname shown comes from the record; the reasons come from the index, so they show which version it holds.
        assertThat(found.get("explanation").toString())
                .as("the rebuild read Grace before her correction; the new index must hold the correction")
                .contains("surname " + married + " matches");
        assertThat(firstFound("ada " + surname + " 10/12/1985")).isEqualTo(ada);
        assertThat(index.agreesWithRecords()).isTrue();
        Path root = properties.dataDir().resolve("index");
        String inUse = Files.readString(root.resolve("persons.current")).strip();
        assertThat(root.resolve(inUse)).isDirectory();
        assertThat(index.names().count()).isPositive();
    }
}
