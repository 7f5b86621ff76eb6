package uk.peel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.peel.support.PeelProcess;

/**
 * The embedded default as a user runs it, in a separate JVM: a record acknowledged with 201 survives both a
 * {@code kill -9} of the Java process and an orderly restart, and Peel comes back on the same data directory
 * without manual clean-up (the orphaned PostgreSQL is found and shut down cleanly).
 */
class CrashRecoveryIT {

    private static final String ROBERT = "{\"forenames\":\"Robert James\",\"surname\":\"Smith\",\"datesOfBirth\":[\"1985-12-03\"],\"gender\":\"MALE\"}";

    @Test
    void anAcknowledgedRecordSurvivesKillDashNineAndAnOrderlyRestart() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        int port = PeelProcess.freePort();
        String id;
        String before;

        try (PeelProcess first = PeelProcess.start(dataDir, port)) {
            id = first.createPerson(ROBERT);
            before = first.get("/api/v1/persons/" + id).body();
            first.kill();
        }

        try (PeelProcess second = PeelProcess.start(dataDir, port)) {
            HttpResponse<String> afterCrash = second.get("/api/v1/persons/" + id);
            assertThat(afterCrash.statusCode()).isEqualTo(200);
            assertThat(afterCrash.body()).isEqualTo(before);
            second.stop();
        }

        try (PeelProcess third = PeelProcess.start(dataDir, port)) {
            HttpResponse<String> afterRestart = third.get("/api/v1/persons/" + id);
            assertThat(afterRestart.statusCode()).isEqualTo(200);
            assertThat(afterRestart.body()).isEqualTo(before);
        }
    }
}
