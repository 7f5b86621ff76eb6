package uk.peel.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uk.peel.support.PeelProcess;

/**
 * Nothing between an incident's closure and its recording decision can be lost, with Peel as an operator runs it:
 * the closure is acknowledged, every event after it is lost (the listener is switched off) and Peel is killed;
 * {@code peel crime reconcile} then names the referral with no decision, and after a restart the decision exists,
 * its clock running from the closure, and the reconciliation is clean.
 */
class CrimeRecordingCrashIT {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void aClosureAcknowledgedBeforeACrashHasItsDecisionAfterTheRestart() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        int port = PeelProcess.freePort();
        String reference;

        try (PeelProcess peel = PeelProcess.start(dataDir, port, false, "--peel.crime.listen-for-closures=false")) {
            HttpResponse<String> opened = peel.post("/api/v1/incidents",
                    "{\"openingCategory\":\"CRIME_BURGLARY\",\"grade\":\"2\",\"location\":{\"postcode\":\"M16 0RA\"}}");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            reference = first(REFERENCE, opened.body());
            HttpResponse<String> closed = peel.post("/api/v1/incidents/" + first(ID, opened.body()) + "/close",
                    "{\"category\":\"CRIME_BURGLARY\",\"result\":\"Rear window forced, laptop taken\"}");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
            assertThat(peel.get("/api/v1/crime-decisions").body()).doesNotContain(reference);
            peel.kill();
        }

        PeelProcess.CommandResult lost = PeelProcess.command(dataDir, "crime", "reconcile", "--peel.crime.reconcile-grace=0s");
        assertThat(lost.exitCode()).as(lost.output()).isEqualTo(1);
        assertThat(lost.output()).contains("REFERRAL_WITHOUT_DECISION " + reference).contains("unexplained=1");

        try (PeelProcess peel = PeelProcess.start(dataDir, port)) {
            String due = peel.get("/api/v1/crime-decisions").body();
            assertThat(due).contains("\"sourceReference\":\"" + reference + "\"").contains("\"status\":\"DUE\"");
            peel.stop();
        }

        PeelProcess.CommandResult clean = PeelProcess.command(dataDir, "crime", "reconcile");
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.output()).contains("referrals=1").contains("decisions=1").contains("unexplained=0").contains("reconcile_s=");
    }

    private static String first(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }
}
