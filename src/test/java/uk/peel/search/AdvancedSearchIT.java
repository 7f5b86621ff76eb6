package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;

/** The advanced search fields in the API: name parts, date of birth, age range, gender and postcode. */
@PeelIntegrationTest
@SuppressWarnings("unchecked")
class AdvancedSearchIT {

    @LocalServerPort
    int port;

    private final String surname = "Ormerod" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);

    private RestClient admin() {
        return Api.admin(port);
    }

    private String create(String forenames, String dob, String gender, String postcode) {
        String json = """
                {"forenames":"%s","surname":"%s","datesOfBirth":["%s"],"gender":"%s",
                 "addresses":[{"type":"HOME","line1":"1 Test Street","postcode":"%s"}]}""".formatted(forenames, surname, dob, gender, postcode);
        return (String) admin().post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().body(Map.class).get("id");
    }

    private List<Object> ids(String query) throws InterruptedException {
        List<Object> ids = List.of();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> body = admin().get().uri("/api/v1/persons/search?" + query + "&limit=50").retrieve().body(Map.class);
            ids = ((List<Map<String, Object>>) body.get("results")).stream().map(r -> r.get("id")).toList();
            if (!ids.isEmpty()) {
                return ids;
            }
            Thread.sleep(100);
        }
        return ids;
    }

    @Test
    void fieldsStateTheNamePartsAndFiltersNarrowWithoutChangingWhoComesFirst() throws InterruptedException {
        String stretford = create("Alice", "1990-06-15", "FEMALE", "M32 0AB");
        String sale = create("Alicia", "1991-02-01", "FEMALE", "M33 7XY");
        String brother = create("Alan", "1960-01-01", "MALE", "M32 9ZZ");
        Thread.sleep(1_000);

        assertThat(ids("surname=" + surname + "&forename=alice").getFirst()).isEqualTo(stretford);
        assertThat(ids("surname=" + surname + "&postcode=M32")).contains(stretford, brother).doesNotContain(sale);
        assertThat(ids("surname=" + surname + "&postcode=m33+7xy")).containsExactly(sale);
        assertThat(ids("surname=" + surname + "&gender=MALE")).containsExactly(brother);
        assertThat(ids("surname=" + surname + "&ageFrom=30&ageTo=40")).contains(stretford, sale).doesNotContain(brother);
        assertThat(ids("q=alan+" + surname + "&dob=01/01/1960").getFirst()).isEqualTo(brother);
    }

    @Test
    void aFieldThatCannotBeSearchedOnIsRefusedByName() {
        var response = admin().get().uri("/api/v1/persons/search?surname=Smith&ageFrom=old&postcode=nowhere").retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("ageFrom", "postcode");
    }
}
