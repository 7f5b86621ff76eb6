package uk.peel.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A Peel server run from the built jar for a benchmark, in its own process with its own data directory and embedded
 * PostgreSQL, as an operator would run it. The benchmark signs in two ways: HTTP Basic as the bootstrap
 * {@code admin} (whose password is kept in the data directory, so a kept directory can be benchmarked again), and
 * with bearer tokens that the benchmark signs itself, standing in for the force's identity provider: Peel is given
 * the public key as {@code spring.security.oauth2.resourceserver.jwt.public-key-location}.
 */
final class PeelServer implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final URI base;
    private final String basic;
    private final String bearer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private PeelServer(Process process, Path dataDir, int port, String basic, String bearer) {
        this.process = process;
        this.dataDir = dataDir;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.basic = basic;
        this.bearer = bearer;
    }

    /** How the server is started: the jar, the JVM running it, its heap and any further JVM options (e.g. JFR). */
    record Launch(Path java, Path jar, String heap, List<String> jvmOptions, String classPath) {

        Launch(Path java, Path jar, String heap, List<String> jvmOptions) {
            this(java, jar, heap, jvmOptions, null);
        }

        /**
         * Peel from a class path rather than the jar (the integration tests' own, which hold the application), run
         * by the JVM running this code.
         */
        static Launch fromClassPath(String classPath, String heap, List<String> jvmOptions) {
            return new Launch(Path.of(System.getProperty("java.home"), "bin", "java"), null, heap, List.copyOf(jvmOptions),
                    classPath);
        }

        /**
         * The checkout's {@code jvm.options} (the collector settings {@code peel start} uses), as a java argument
         * file, so the server a benchmark measures runs as the one users start: beside {@code target/peel.jar}'s
         * directory for a jar, the working directory (the checkout, under Maven) for a class path.
         */
        Optional<String> optionsFile() {
            Path checkout = jar != null && jar.getParent() != null && jar.getParent().getParent() != null
                    ? jar.getParent().getParent() : Path.of("").toAbsolutePath();
            Path options = checkout.resolve("jvm.options");
            return Files.isRegularFile(options) ? Optional.of("@" + options) : Optional.empty();
        }

        /** The java command's arguments after the JVM options: the jar, or the class path and main class. */
        List<String> application() {
            return classPath == null ? List.of("-jar", jar.toString())
                    : List.of("-cp", classPath, "uk.peel.PeelApplication", "--logging.structured.format.console=");
        }

        /** The JVM and jar this benchmark itself runs from ({@code java -jar target/peel.jar bench ...}). */
        static Launch fromThisProcess(String heap, List<String> jvmOptions) {
            Path java = ProcessHandle.current().info().command().map(Path::of)
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
            String classPath = System.getProperty("java.class.path");
            if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
                throw new IllegalStateException("Run the latency benchmark from the built jar (./peel bench search-latency), not "
                        + "from " + classPath);
            }
            return new Launch(java, Path.of(classPath).toAbsolutePath(), heap, List.copyOf(jvmOptions));
        }
    }

    static PeelServer start(Launch launch, Path dataDir) throws IOException {
        Path bench = Files.createDirectories(dataDir.resolve("bench"));
        String password = adminPassword(bench.resolve("admin-password"));
        KeyPair keys = rsaKeys();
        Path publicKey = bench.resolve("jwt-public-key.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(launch.java().toString());
        launch.optionsFile().ifPresent(command::add);
        command.add("-Xms" + launch.heap());
        command.add("-Xmx" + launch.heap());
        command.add("-Xlog:gc:file=" + bench.resolve("gc.log") + ":time,uptime:filecount=3,filesize=20m");
        command.addAll(launch.jvmOptions());
        command.addAll(launch.application());
        command.addAll(List.of("--server.port=" + port, "--peel.data-dir=" + dataDir,
                "--peel.demo.enabled=false",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(bench.resolve("server.log").toFile()));
        builder.environment().put("PEEL_ADMIN_PASSWORD", password);
        builder.environment().remove("PEEL_DB_URL");
        Process process = builder.start();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        PeelServer server = new PeelServer(process, dataDir, port, basic, bearerToken((RSAPrivateKey) keys.getPrivate()));
        server.awaitReady(Duration.ofMinutes(15));
        return server;
    }

    private void awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Peel stopped while starting (exit " + process.exitValue() + "); see "
                        + dataDir.resolve("bench/server.log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Peel to start", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Peel did not become ready within " + timeout + "; see " + dataDir.resolve("bench/server.log"));
    }

    URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    HttpClient http() {
        return http;
    }

    /** The {@code Authorization} header value for a bearer token from the stand-in identity provider. */
    String bearer() {
        return bearer;
    }

    /** The {@code Authorization} header value for HTTP Basic as {@code admin}. */
    String basic() {
        return basic;
    }

    /** Where the server's output goes (appended to by every run on the same data directory). */
    Path log() {
        return dataDir.resolve("bench").resolve("server.log");
    }

    long pid() {
        return process.pid();
    }

    /** GET with the bearer token; the body as text. */
    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", bearer)
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Heap in use and the heap's maximum, in bytes, from the Prometheus endpoint (JVM memory pools with area=heap). */
    long[] heap() throws IOException, InterruptedException {
        // The actuator is outside /api, where only the web sign-in (Basic here) applies, not bearer tokens.
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", basic)
                .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
        if (metrics.statusCode() != 200) {
            throw new IOException("/actuator/prometheus answered " + metrics.statusCode());
        }
        return new long[] {metricSum(metrics.body(), "jvm_memory_used_bytes", "area=\"heap\""),
                metricSum(metrics.body(), "jvm_memory_max_bytes", "area=\"heap\"")};
    }

    /** The sum of a metric's samples whose labels contain {@code label}, from Prometheus text format. */
    static long metricSum(String text, String metric, String label) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(metric + "{") && line.contains(label)) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                sum += value > 0 ? value : 0;
            }
        }
        return (long) sum;
    }

    /** Asks the server's JVM for a full collection (jcmd GC.run), so that heap used afterwards is the live set. */
    void collectGarbage(Path java) throws IOException, InterruptedException {
        Path jcmd = java.resolveSibling("jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gc.waitFor(2, TimeUnit.MINUTES);
    }

    Path dataDir() {
        return dataDir;
    }

    /**
     * A crash: SIGKILL to Peel and at once to its embedded PostgreSQL (the postmaster and every backend), so no
     * shutdown hook, checkpoint or orderly rollback runs anywhere and PostgreSQL must recover from its write-ahead
     * log on the next start. Killing Peel alone would leave its PostgreSQL running, holding everything committed
     * in memory, which proves less.
     */
    void crash() throws IOException, InterruptedException {
        killWithItsDatabase(process, dataDir);
    }

    /** Kills a Peel process and the embedded PostgreSQL of its data directory with SIGKILL, and waits until both are gone. */
    static void killWithItsDatabase(Process process, Path dataDir) throws IOException, InterruptedException {
        List<ProcessHandle> postgres = new ArrayList<>();
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip())).ifPresent(postmaster -> {
                postgres.add(postmaster);
                postmaster.descendants().forEach(postgres::add);
            });
        }
        process.destroyForcibly();
        postgres.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(1, TimeUnit.MINUTES);
        for (ProcessHandle handle : postgres) {
            handle.onExit().completeOnTimeout(handle, 1, TimeUnit.MINUTES).join();
        }
    }

    /** The embedded PostgreSQL's port, from its {@code postmaster.pid} (fourth line). */
    int postgresPort() throws IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return Integer.parseInt(pid.get(3).strip());
    }

    /** Stops Peel as an operator would (SIGTERM, graceful shutdown), waiting for it and its PostgreSQL to finish. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String adminPassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = "bench-" + HexFormat.of().formatHex(bytes);
        Files.writeString(file, password + "\n");
        return password;
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }

    /** A token such as the force's identity provider issues to an administrator, valid for a day. */
    private static String bearerToken(RSAPrivateKey key) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("bench-latency").claim("preferred_username", "bench-latency")
                .claim("roles", List.of("ADMINISTRATOR")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofDays(1)))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the benchmark's bearer token", e);
        }
        return "Bearer " + jwt.serialize();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for Peel", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
