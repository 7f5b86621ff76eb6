package uk.peel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/** The page of a record that does not exist, or at an address that cannot name one, is "not found", never a 500. */
@PeelIntegrationTest
class RecordPagesNotFoundIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/incidents/%s", "/crimes/%s", "/crimes/%s/investigation", "/crime/decisions/%s",
            "/crime/integrity/%s", "/ppns/%s", "/missing-persons/%s", "/stops/%s", "/persons/%s", "/units/%s"})
    void aRecordThatDoesNotExistIsNotFound(String page) {
        for (String id : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            var response = Api.as(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).get().uri(page.formatted(id))
                    .accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as(page.formatted(id)).isEqualTo(404);
            assertThat(response.getBody()).as(page.formatted(id)).contains("Page not found");
        }
    }
}
