package uk.peel.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients of Peel's search API ({@code GET /api/v1/persons/search?q=...&limit=...}), each sending its searches one
 * at a time over the server's shared HTTP/1.1 client and reading the ids of the people answered. Every search is
 * audited by Peel as a consultation of the people it shows, as in production.
 */
final class PeelSearchClients implements LoadClients.Clients {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PeelServer server;
    private final String authorization;
    private final int limit;

    PeelSearchClients(PeelServer server, String authorization, int limit) {
        this.server = server;
        this.authorization = authorization;
        this.limit = limit;
    }

    @Override
    public LoadClients.Client open() {
        return query -> {
            HttpRequest request = HttpRequest.newBuilder(server.uri("/api/v1/persons/search?limit=" + limit + "&q="
                            + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)))
                    .header("Authorization", authorization).header("X-Justification", "search latency benchmark")
                    .timeout(Duration.ofMinutes(1)).GET().build();
            HttpResponse<String> response = server.http().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(200, response.body().length())));
            }
            List<String> ids = new ArrayList<>(limit);
            for (JsonNode result : JSON.readTree(response.body()).path("results")) {
                ids.add(result.path("id").asString());
            }
            return ids;
        };
    }
}
