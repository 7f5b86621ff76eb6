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
    private final Path log;

    private PeelProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static Path newDataDirectory() throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(), "process-");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final Duration STARTUP = Duration.ofSeconds(240);

    /** Starts Peel on the data directory and waits until it reports healthy. */
    public static PeelProcess start(Path dataDir, int port) throws IOException, InterruptedException {
        return start(dataDir, port, false);
    }

    /** Starts Peel on the data directory, with or without its demo data, and waits until it reports healthy. */
    public static PeelProcess start(Path dataDir, int port, boolean demo) throws IOException, InterruptedException {
        return start(dataDir, port, demo, new String[0]);
    }

    /** As {@link #start(Path, int, boolean)}, with further Spring options ({@code --peel.x=y}). */
    public static PeelProcess start(Path dataDir, int port, boolean demo, String... options) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dataDir, "peel-", ".log");
        var command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PeelApplication.class.getName(),
                "--server.port=" + port, "--peel.data-dir=" + dataDir, "--peel.demo.enabled=" + demo,
                "--logging.structured.format.console="));
        command.addAll(java.util.List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PEEL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        PeelProcess peel = new PeelProcess(builder.start(), port, log);
        // Generous: a cold JVM, a fresh PostgreSQL cluster, the gazetteer seed and (with demo) the demo shift take a
        // minute or more on a busy two-core machine; a process that dies is reported at once, not at the deadline.
        Instant deadline = Instant.now().plus(STARTUP);
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
        throw new AssertionError("Peel did not become healthy within " + STARTUP.toSeconds() + " s:\n" + Files.readString(log));
    }

    /** What an offline command printed, and its exit status. */
    public record CommandResult(int exitCode, String output) {
    }

    /** Runs one of the jar's offline commands ({@code reindex}, {@code audit verify}...) in its own JVM. */
    public static CommandResult command(Path dataDir, String... words) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PeelApplication.class.getName()));
        command.addAll(java.util.List.of(words));
        command.add("--peel.data-dir=" + dataDir);
        command.add("--logging.structured.format.console=");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CommandResult(process.exitValue(), output);
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
        return get(path, "admin", ADMIN_PASSWORD);
    }

    public HttpResponse<String> get(String path, String username, String password) throws IOException, InterruptedException {
        return HTTP.send(request(path, username, password).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Everything the process printed so far (standard output and error). */
    public String output() throws IOException {
        return Files.readString(log);
    }

    /** Sends JSON as the administrator; answers the response whatever its status. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return request(path, "admin", ADMIN_PASSWORD);
    }

    private HttpRequest.Builder request(String path, String username, String password) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
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
