package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import uk.peel.support.PeelProcess;

/**
 * Nothing acknowledged is lost (issue 4): a short busy day is replayed against Peel in its own JVM from four
 * clients, Peel and its PostgreSQL are killed with SIGKILL while requests are in flight, and after a restart on the
 * same data directory every incident and unit status change the clients were answered 2xx for is there. The same
 * crash as {@code peel bench control-room}'s, on a day small enough for the suite (seconds of load).
 */
class ControlRoomCrashIT {

    private static final int UNITS = 16;

    @Test
    void everyAcknowledgedIncidentAndUnitStatusChangeSurvivesKillDashNineOfPeelAndItsDatabase() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        // The gazetteer is not what this is about, and loading its postcodes would slow both starts.
        PeelServer.Launch launch = PeelServer.Launch.fromClassPath(System.getProperty("java.class.path"), "1g",
                List.of("-Dpeel.gazetteer.seed=false"));
        Acknowledged journal = new Acknowledged();
        long killAt;
        PeelServer first = PeelServer.start(launch, dataDir);
        try {
            for (String callSign : BusyDay.callSigns(UNITS)) {
                HttpResponse<String> registered = first.http().send(HttpRequest.newBuilder(first.uri("/api/v1/units"))
                        .header("Authorization", first.bearer()).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"callSign\":\"" + callSign + "\",\"type\":\"RESPONSE\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            }
            DayRun.Categories categories = ControlRoomLoad.categories(first);
            BusyDay.Day day = BusyDay.draw(BusyDay.Shape.of(100, UNITS, 4, 7), categories.codes().size(), 0);
            killAt = day.steps() / 2;
            AtomicBoolean stop = new AtomicBoolean();
            Thread killer = Thread.ofPlatform().start(() -> {
                while (journal.count() < killAt && !stop.get()) {
                    PeelServer.sleep(1);
                }
                stop.set(true);
                try {
                    first.crash();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            DayRun.Result result = new DayRun(first, day, categories, null, journal, stop, 0).run();
            stop.set(true);
            killer.join();
            assertThat(result.errors()).as(result.firstError()).isZero();
        } finally {
            first.close();
        }

        assertThat(journal.count()).isGreaterThanOrEqualTo(killAt);
        assertThat(journal.incidentIds()).hasSizeGreaterThan(10);
        assertThat(journal.statusChanges()).isGreaterThan(20);
        try (PeelServer second = PeelServer.start(launch, dataDir)) {
            assertThat(ControlRoomLoad.verify(second, journal)).isEmpty();
        }
    }
}
