package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import org.junit.jupiter.api.Test;

import uk.peel.support.PeelProcess;

/**
 * The search index is derived data: lost or stale, it comes back from the records by itself on start, and
 * `peel reindex` rebuilds it on demand.
 */
class SearchIndexRecoveryIT {

    @Test
    void aLostIndexIsRebuiltOnStartAndByTheReindexCommand() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        int port = PeelProcess.freePort();
        String id;
        try (PeelProcess peel = PeelProcess.start(dataDir, port)) {
            id = peel.createPerson("{\"forenames\":\"Ada\",\"surname\":\"Lovelace\",\"datesOfBirth\":[\"1985-12-10\"]}");
            peel.kill();
        }
        try (var files = Files.walk(dataDir.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }

        try (PeelProcess peel = PeelProcess.start(dataDir, port)) {
            assertThat(eventuallyFinds(peel, "ada lovelace 10/12/1985", id)).isTrue();
        }

        PeelProcess.CommandResult reindex = PeelProcess.command(dataDir, "reindex");
        assertThat(reindex.exitCode()).as(reindex.output()).isZero();
        assertThat(reindex.output()).contains("Search index rebuilt: 1 people indexed");
    }

    private static boolean eventuallyFinds(PeelProcess peel, String query, String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String body = peel.get("/api/v1/persons/search?q=" + query.replace(" ", "+").replace("/", "%2F")).body();
            if (body.contains(id)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
