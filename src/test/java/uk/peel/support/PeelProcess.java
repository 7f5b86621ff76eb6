package uk.peel.support;

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
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import uk.peel.PeelApplication;

/**
 * Peel as a user runs it: a separate JVM on the embedded default, so tests can kill it, restart it and run the
 * offline commands against its data directory.
 */
public final class PeelProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "process-test-admin";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;

    private PeelProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Path newDataDirectory() throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(), "process-");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts Peel on the data directory and waits until it reports healthy. */
    public static PeelProcess start(Path dataDir, int port, String... extraArgs) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dataDir, "peel-", ".log");
        var command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PeelApplication.class.getName(),
                "--server.port=" + port, "--peel.data-dir=" + dataDir, "--peel.demo.enabled=false",
                "--logging.structured.format.console="));
        command.addAll(java.util.List.of(extraArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PEEL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        PeelProcess peel = new PeelProcess(builder.start(), port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!peel.process.isAlive()) {
                throw new AssertionError("Peel exited with " + peel.process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (peel.get("/actuator/health").body().contains("\"UP\"")) {
                    return peel;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        peel.kill();
        throw new AssertionError("Peel did not become healthy within 120 s:\n" + Files.readString(log));
    }

    /** Records a person through the API, asserting the 201, and answers its id. */
    public String createPerson(String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request("/api/v1/persons").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** SIGKILL: no shutdown hooks run, and the embedded PostgreSQL is left running as an orphan. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** SIGTERM: an orderly shutdown, as a service manager would do it. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
