package uk.peel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.peel.PeelApplication;

/**
 * The embedded default as a user runs it, in a separate JVM: a record acknowledged with 201 survives both a clean
 * restart and a {@code kill -9} of the Java process, and Peel comes back on the same data directory without
 * manual clean-up (the orphaned PostgreSQL is found and shut down cleanly).
 */
class CrashRecoveryIT {

    private static final String ADMIN_PASSWORD = "crash-test-admin";
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void anAcknowledgedRecordSurvivesKillDashNineAndAnOrderlyRestart() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(), "crash-");
        int port = freePort();

        Process first = startPeel(dataDir, port);
        String id = createPerson(port);
        String before = get(port, "/api/v1/persons/" + id).body();
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, PostgreSQL left running as an orphan
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process second = startPeel(dataDir, port);
        HttpResponse<String> afterCrash = get(port, "/api/v1/persons/" + id);
        assertThat(afterCrash.statusCode()).isEqualTo(200);
        assertThat(afterCrash.body()).isEqualTo(before);
        second.destroy(); // SIGTERM: an orderly shutdown
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

        startPeel(dataDir, port);
        HttpResponse<String> afterRestart = get(port, "/api/v1/persons/" + id);
        assertThat(afterRestart.statusCode()).isEqualTo(200);
        assertThat(afterRestart.body()).isEqualTo(before);
    }

    private Process startPeel(Path dataDir, int port) throws IOException, InterruptedException {
        Path log = dataDir.resolve("peel-" + started.size() + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PeelApplication.class.getName(),
                "--server.port=" + port, "--peel.data-dir=" + dataDir, "--peel.demo.enabled=false",
                "--logging.structured.format.console=")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PEEL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        started.add(process);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Peel exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get(port, "/actuator/health").body().contains("\"UP\"")) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Peel did not become healthy within 120 s:\n" + Files.readString(log));
    }

    private static String createPerson(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/persons"))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"forenames\":\"Robert James\",\"surname\":\"Smith\",\"datesOfBirth\":[\"1985-12-03\"],\"gender\":\"MALE\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic()).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }


    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
