package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.peel.support.PeelProcess;

/**
 * The guarantee, with a real crash: a domestic-abuse flag recorded at call taking produces its notice even
 * if Peel is killed between saving the incident and raising the notice. The notice's table is locked from outside
 * while the call is taken, so the incident commits (and is acknowledged) but the listener cannot finish; Peel and
 * its PostgreSQL are then killed with SIGKILL. On restart the incomplete publication is resubmitted and the notice is
 * raised, once.
 */
class SafeguardingCrashIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFlagAcknowledgedBeforeAKillDashNineStillRaisesItsNoticeAfterRestart() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        PeelServer.Launch launch = PeelServer.Launch.fromClassPath(System.getProperty("java.class.path"), "1g",
                List.of("-Dpeel.gazetteer.seed=false"));
        String incidentId;
        PeelServer first = PeelServer.start(launch, dataDir);
        try {
            Connection blocker = new PostgresBaselines(first.postgresPort()).connect();
            blocker.setAutoCommit(false);
            try (Statement sql = blocker.createStatement()) {
                sql.execute("lock table public.ppn in access exclusive mode");
            }
            HttpResponse<String> created = first.http().send(HttpRequest.newBuilder(first.uri("/api/v1/incidents"))
                    .header("Authorization", first.bearer()).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"openingCategory":"PS_DOMESTIC","grade":"1","safeguarding":["DOMESTIC_ABUSE"],
                             "caller":{"name":"Rita Crash","relationship":"victim"},"account":"Partner threatening her with a knife"}"""))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            incidentId = JSON.readTree(created.body()).path("id").asString();
            assertThat(pendingPublications(blocker, incidentId)).as("stored with the incident, not yet completed").isEqualTo(1);
            first.crash();
            try {
                blocker.close();
            } catch (Exception gone) {
                // Its server was killed.
            }
        } finally {
            first.close();
        }

        try (PeelServer second = PeelServer.start(launch, dataDir)) {
            JsonNode ppns = null;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (Instant.now().isBefore(deadline)) {
                ppns = JSON.readTree(second.get("/api/v1/ppns?incident=" + incidentId).body());
                if (ppns.isArray() && !ppns.isEmpty()) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(ppns).isNotNull();
            assertThat(ppns.size()).as(String.valueOf(ppns)).isEqualTo(1);
            assertThat(ppns.get(0).path("type").asString()).isEqualTo("DOMESTIC_ABUSE");
            assertThat(ppns.get(0).path("risk").asString()).isEqualTo("HIGH");
            try (Connection database = new PostgresBaselines(second.postgresPort()).connect()) {
                Instant settled = Instant.now().plus(Duration.ofSeconds(30));
                while (pendingPublications(database, incidentId) > 0 && Instant.now().isBefore(settled)) {
                    Thread.sleep(200);
                }
                assertThat(pendingPublications(database, incidentId)).as("completed after the restart").isZero();
            }
        }
    }

    private static int pendingPublications(Connection database, String incidentId) throws Exception {
        try (Statement sql = database.createStatement();
             ResultSet rs = sql.executeQuery("select count(*) from public.event_publication where listener_id like '%IncidentFlagsRaiseNotices%'"
                     + " and completion_date is null and serialized_event like '%" + incidentId.replaceAll("[^0-9a-f-]", "") + "%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
