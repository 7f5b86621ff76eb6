package uk.peel.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;

/**
 * Migration from a legacy system through the import API: every rejected row named with its line and column, the
 * accepted ones stored, and the same file sent again creating nobody twice.
 */
@PeelIntegrationTest
@SuppressWarnings("unchecked")
class PersonImportIT {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRecords records;

    private RestClient admin() {
        return Api.admin(port);
    }

    private Map<String, Object> send(String source, MediaType type, String body) {
        return admin().post().uri("/api/v1/persons/import?source={source}", source).contentType(type).body(body)
                .retrieve().body(Map.class);
    }

    private static List<Object> lines(Map<String, Object> report, String kind) {
        return ((List<Map<String, Object>>) report.get(kind)).stream().map(entry -> entry.get("line")).toList();
    }

    @Test
    void aCsvExportIsStoredRowByRowAndEachRejectedRowIsNamedByLineAndColumn() {
        String source = "RMS-" + UUID.randomUUID();
        String csv = """
                source_id,surname,forenames,dates_of_birth,gender,aliases,postcode,address_line1,identifiers,warning_markers
                A1,Quenby,Robert James,03/12/1985;1985-12,male,Bobby|Smithe|alias;Bob||NICKNAME,m16 0ra,1 Talbot Road,PNC_ID:85/123456K,VIOLENT:spat at officers
                A2,,Nobody,1990,,,,,,
                A3,Quenby,Susan,31/02/1990,FEMALE,,,,,
                A4,Quenby,Alice,1970,X,,,,NOT_A_TYPE:1,
                "A5","Quenby-Marsh","Mary
                Ann",1961,FEMALE,,,,,
                """;

        Map<String, Object> report = send(source, CSV, csv);

        assertThat(report).containsEntry("accepted", 2);
        assertThat(lines(report, "created")).containsExactly(2, 7);
        List<Map<String, Object>> rejected = (List<Map<String, Object>>) report.get("rejected");
        assertThat(rejected).extracting(r -> r.get("line")).containsExactly(3, 4, 5);
        assertThat(rejected.get(0).get("errors").toString()).contains("surname");
        assertThat(rejected.get(1).get("errors").toString()).contains("dates_of_birth");
        assertThat(rejected.get(2).get("errors").toString()).contains("gender: 'X' is not one of")
                .contains("identifiers: 'NOT_A_TYPE' is not one of");

        String id = (String) ((List<Map<String, Object>>) report.get("created")).getFirst().get("id");
        Map<String, Object> robert = admin().get().uri("/api/v1/persons/{id}", id).retrieve().body(Map.class);
        assertThat(robert).containsEntry("surname", "Quenby").containsEntry("forenames", "Robert James")
                .containsEntry("gender", "MALE").containsEntry("datesOfBirth", List.of("1985-12-03", "1985-12"));
        assertThat((List<Map<String, Object>>) robert.get("aliases")).extracting(a -> a.get("type"))
                .containsExactly("ALIAS", "NICKNAME");
        assertThat(robert.get("addresses").toString()).contains("M16 0RA").contains("1 Talbot Road");
        assertThat(robert.get("identifiers").toString()).contains("85/123456K");
        assertThat(robert.get("warningMarkers").toString()).contains("VIOLENT").contains("spat at officers");
        assertThat(records.sourcesOf(PersonId.of(id))).containsExactly(source + " A1");
    }

    @Test
    void theSameFileSentAgainCreatesNobodyTwiceWithOrWithoutSourceIds() {
        String source = "RMS-" + UUID.randomUUID();
        String ndjson = """
                {"sourceId":"N1","forenames":"Ilse","surname":"Vantongeren","datesOfBirth":["1971-04-05"]}
                {"forenames":"Oswin","surname":"Vantongeren","datesOfBirth":["1975"]}
                """;
        Map<String, Object> first = send(source, NDJSON, ndjson);
        assertThat(lines(first, "created")).containsExactly(1, 2);
        long before = count("Vantongeren");

        Map<String, Object> again = send(source, NDJSON, ndjson);

        assertThat(again).containsEntry("accepted", 2);
        assertThat(lines(again, "created")).isEmpty();
        assertThat(lines(again, "unchanged")).containsExactly(1, 2);
        assertThat(count("Vantongeren")).isEqualTo(before);
    }

    @Test
    void aChangedSourceRowBecomesTheNextVersionButNeverOverwritesAnOfficersCorrection() {
        String source = "RMS-" + UUID.randomUUID();
        Map<String, Object> first = send(source, NDJSON, """
                {"sourceId":"C1","forenames":"Jon","surname":"Pellow","datesOfBirth":["1980"]}
                {"sourceId":"C2","forenames":"Kit","surname":"Pellow","datesOfBirth":["1981"]}
                """);
        List<Map<String, Object>> created = (List<Map<String, Object>>) first.get("created");
        String jon = (String) created.get(0).get("id");
        String kit = (String) created.get(1).get("id");
        // An officer corrects Kit's record in Peel after the migration's first load.
        admin().put().uri("/api/v1/persons/{id}", kit).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .body("{\"forenames\":\"Kit\",\"surname\":\"Pellow\",\"datesOfBirth\":[\"1981-06-02\"]}").retrieve().toBodilessEntity();

        Map<String, Object> delta = send(source, NDJSON, """
                {"sourceId":"C1","forenames":"Jonathan","surname":"Pellow","datesOfBirth":["1980"]}
                {"sourceId":"C2","forenames":"Christopher","surname":"Pellow","datesOfBirth":["1981"]}
                """);

        assertThat(lines(delta, "updated")).containsExactly(1);
        List<Map<String, Object>> rejected = (List<Map<String, Object>>) delta.get("rejected");
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.get("line")).isEqualTo(2);
            assertThat(r.get("errors").toString()).contains("also been corrected in Peel");
        });
        Map<String, Object> jonNow = admin().get().uri("/api/v1/persons/{id}", jon).retrieve().body(Map.class);
        assertThat(jonNow).containsEntry("forenames", "Jonathan").containsEntry("version", 2);
        Map<String, Object> kitNow = admin().get().uri("/api/v1/persons/{id}", kit).retrieve().body(Map.class);
        assertThat(kitNow).containsEntry("forenames", "Kit").containsEntry("version", 2);
    }

    @Test
    void anUnknownColumnIsReportedWithTheColumnsPeelKnowsAndNothingIsStored() {
        Map<String, Object> report = send("RMS-" + UUID.randomUUID(), CSV, "surname,forename\nHalloran,Ann\n");

        assertThat(report).containsEntry("accepted", 0);
        assertThat((String) report.get("problem")).contains("forename").contains("The columns are: source_id, surname, forenames");
        assertThat(count("Halloran")).isZero();
    }

    @Test
    void importedPeopleAreSearchableWithinOneSecondOfTheResponse() throws InterruptedException {
        String surname = "Zebedaya" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "q");
        Map<String, Object> report = send("RMS-" + UUID.randomUUID(), NDJSON,
                "{\"forenames\":\"Tamsin\",\"surname\":\"" + surname + "\",\"datesOfBirth\":[\"1992-07-14\"]}\n");
        String id = (String) ((List<Map<String, Object>>) report.get("created")).getFirst().get("id");
        Instant answered = Instant.now();

        boolean found = false;
        while (!found && Duration.between(answered, Instant.now()).toMillis() < 1000) {
            Map<String, Object> results = admin().get().uri("/api/v1/persons/search?q={q}", "tamsin " + surname + " 14/07/1992")
                    .retrieve().body(Map.class);
            found = results.get("results").toString().contains(id);
        }

        assertThat(found).as("found within one second of the import's answer").isTrue();
    }

    private long count(String surname) {
        return jdbc.sql("select count(*) from person where surname = :s").param("s", surname).query(Long.class).single();
    }
}
