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
import tools.jackson.databind.json.JsonMapper;

import uk.peel.audit.AuditChainVerifier;
import uk.peel.support.PeelProcess;

/**
 * Decision 0016's guarantee with a real crash: a change's s.62 entry commits with the change, unsealed, and is chained
 * later by the sealer. Here the sealer cannot seal (the chain's lock is held from outside, as a slow sealing round
 * or the previous release would hold it) when an incident with a caller's details is acknowledged; Peel and its
 * PostgreSQL are then killed with SIGKILL. After restart the entry is sealed into the chain and the chain verifies.
 */
class AuditSealerCrashIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** {@code AuditLedger.IN_TRANSACTION}'s lock ("PEELAUDT"), which the sealer takes to chain entries. */
    private static final long CHAIN_LOCK = 0x5045454c_41554454L;

    @Test
    void anEntryAcknowledgedUnsealedBeforeAKillDashNineIsSealedAfterRestart() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        PeelServer.Launch launch = PeelServer.Launch.fromClassPath(System.getProperty("java.class.path"), "1g",
                List.of("-Dpeel.gazetteer.seed=false"));
        String incidentId;
        PeelServer first = PeelServer.start(launch, dataDir);
        try {
            Connection holder = new PostgresBaselines(first.postgresPort()).connect();
            holder.setAutoCommit(false);
            try (Statement sql = holder.createStatement()) {
                sql.execute("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
            }
            HttpResponse<String> created = first.http().send(HttpRequest.newBuilder(first.uri("/api/v1/incidents"))
                    .header("Authorization", first.bearer()).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"openingCategory":"PS_CONCERN_FOR_SAFETY","grade":"2",
                             "caller":{"name":"Sam Sealer","phone":"07700 900123","relationship":"neighbour"},
                             "account":"Neighbour not seen for three days"}"""))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            incidentId = JSON.readTree(created.body()).path("id").asString();
            assertThat(count(holder, "audit_unsealed_entry", incidentId)).as("committed with the incident, unsealed").isEqualTo(1);
            assertThat(count(holder, "audit_entry", incidentId)).isZero();
            first.crash();
            try {
                holder.close();
            } catch (Exception gone) {
                // Its server was killed.
            }
        } finally {
            first.close();
        }

        try (PeelServer second = PeelServer.start(launch, dataDir);
             Connection database = new PostgresBaselines(second.postgresPort()).connect()) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (count(database, "audit_entry", incidentId) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(count(database, "audit_entry", incidentId)).as("sealed into the chain after the restart").isEqualTo(1);
            assertThat(count(database, "audit_unsealed_entry", incidentId)).isZero();
            AuditChainVerifier.Verification verification = AuditChainVerifier.verify(database);
            assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
        }
    }

    private static long count(Connection database, String table, String incidentId) throws Exception {
        try (Statement sql = database.createStatement();
             ResultSet rs = sql.executeQuery("select count(*) from public." + table + " where record_ids @> array['"
                     + incidentId.replaceAll("[^0-9a-f-]", "") + "']::text[]")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
