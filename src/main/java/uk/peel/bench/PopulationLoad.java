package uk.peel.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a generated population into a running Peel through its import API ({@code POST /api/v1/persons/import},
 * NDJSON), a chunk of lines per request, as a migration from a legacy system would; then waits until the search
 * index has caught up, which it knows from the event publication log: every import batch publishes an event that
 * is completed only once the index has committed those people.
 */
final class PopulationLoad {

    static final String SOURCE = "peel bench generate";

    /** What loading took: people sent and accepted, seconds until imported and until also indexed. */
    record Loaded(long sent, long accepted, long rejected, double importSeconds, double indexedSeconds) {
    }

    private final PeelServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final PrintStream progress;

    PopulationLoad(PeelServer server, PrintStream progress) {
        this.server = server;
        this.progress = progress;
    }

    /** How many of the population's records the database already has (loaded earlier into a kept data directory). */
    static long loaded(Connection database) throws SQLException {
        try (Statement sql = database.createStatement();
             ResultSet count = sql.executeQuery("select count(*) from person_source where source_system = '" + SOURCE + "'")) {
            count.next();
            return count.getLong(1);
        }
    }

    /**
     * Sends lines {@code skip + 1} onwards of {@code file} in chunks of {@code chunk} lines, then waits for the index.
     * Importing is idempotent, so lines sent again after an interrupted load are reported unchanged, not doubled.
     */
    Loaded load(Path file, long skip, int chunk, Connection database) throws IOException, InterruptedException, SQLException {
        long started = System.nanoTime();
        long sent = 0;
        long accepted = 0;
        long rejected = 0;
        ByteArrayOutputStream body = new ByteArrayOutputStream(chunk * 300);
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (long n = 0; n < skip && lines.readLine() != null; n++) {
                // Whole chunks loaded by an earlier, interrupted run.
            }
            String line;
            int inChunk = 0;
            while ((line = lines.readLine()) != null) {
                body.write(line.getBytes(StandardCharsets.UTF_8));
                body.write('\n');
                if (++inChunk == chunk) {
                    long[] counts = post(body.toByteArray());
                    accepted += counts[0];
                    rejected += counts[1];
                    sent += inChunk;
                    inChunk = 0;
                    body.reset();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    progress.printf("  imported %,d lines (%,.0f persons/s)%n", skip + sent, sent / seconds);
                }
            }
            if (inChunk > 0) {
                long[] counts = post(body.toByteArray());
                accepted += counts[0];
                rejected += counts[1];
                sent += inChunk;
            }
        }
        double imported = (System.nanoTime() - started) / 1e9;
        awaitIndexed(database, Duration.ofHours(3));
        return new Loaded(sent, accepted, rejected, imported, (System.nanoTime() - started) / 1e9);
    }

    /** Accepted and rejected counts of one import request. */
    private long[] post(byte[] ndjson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/persons/import?source="
                        + URLEncoder.encode(SOURCE, StandardCharsets.UTF_8)))
                .header("Authorization", server.bearer()).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build();
        HttpResponse<String> response = server.http().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the import answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        JsonNode report = json.readTree(response.body());
        JsonNode rejected = report.path("rejected");
        if (!rejected.isEmpty()) {
            progress.println("  rejected, first: " + rejected.get(0));
        }
        if (report.hasNonNull("problem")) {
            throw new IOException("the import stopped: " + report.get("problem").asString());
        }
        return new long[] {report.path("accepted").asLong(), rejected.size()};
    }

    /** Waits until no event of the person records is waiting for a listener (the search index) to complete it. */
    static void awaitIndexed(Connection database, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Statement sql = database.createStatement();
                 ResultSet waiting = sql.executeQuery("select count(*) from event_publication where completion_date is null")) {
                waiting.next();
                if (waiting.getLong(1) == 0) {
                    return;
                }
            }
            PeelServer.sleep(250);
        }
        throw new IllegalStateException("the search index had not caught up after " + timeout);
    }
}
