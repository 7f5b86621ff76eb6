package uk.peel.support;

import org.springframework.web.client.RestClient;

/** HTTP clients for API tests that return every response as it is, so tests can assert on 4xx answers too. */
public final class Api {

    private Api() {
    }

    public static RestClient as(int port, String username, String password) {
        return builder(port).defaultHeaders(h -> h.setBasicAuth(username, password)).build();
    }

    public static RestClient admin(int port) {
        return as(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    public static RestClient anonymous(int port) {
        return builder(port).build();
    }

    private static RestClient.Builder builder(int port) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { });
    }
}
