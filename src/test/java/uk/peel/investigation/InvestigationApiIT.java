package uk.peel.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import uk.peel.crime.Crime;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.person.PersonRecords;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * The investigation and publication API as supervisors, investigators and the registrar use it: an outcome refused
 * with the reason to someone without authority, "my work" for the allocated officer, the outcome types, the
 * published files only for those allowed to publish, and every new operation in the OpenAPI description.
 */
@PeelIntegrationTest
class InvestigationApiIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CrimeRecordingDecisions decisions;
    @Autowired
    PersonRecords persons;

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void supervisorsAllocateAndFinaliseOfficersSeeTheirWorkAndOnlyPublishersGetTheFiles() {
        InvestigationFixtures fixtures = new InvestigationFixtures(decisions, persons);
        Crime crime = fixtures.recorded("8N", fixtures.person("Api", "Victim"), Set.of(), "M15 4AB");
        String officer = TestUsers.withRole(accounts, Role.INVESTIGATOR);
        String sergeant = TestUsers.withRole(accounts, Role.SUPERVISOR);
        RestClient investigator = Api.as(port, officer, TestUsers.PASSWORD);
        RestClient supervisor = Api.as(port, sergeant, TestUsers.PASSWORD);
        String base = "/api/v1/crimes/" + crime.crn() + "/investigation";

        assertThat(investigator.put().uri(base + "/allocation").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("team", "CID", "officer", officer)).retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(403);
        Map allocated = supervisor.put().uri(base + "/allocation").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("team", "CID", "officer", officer, "supervisor", sergeant)).retrieve().body(Map.class);
        assertThat(allocated).containsEntry("team", "CID").containsEntry("officer", officer);

        Map work = investigator.get().uri("/api/v1/my-work").retrieve().body(Map.class);
        assertThat((List<Map>) work.get("crimes")).extracting(m -> m.get("crn")).contains(crime.crn());

        String today = LocalDate.now(ForceTime.ZONE).toString();
        ResponseEntity<String> refused = investigator.post().uri(base + "/outcomes").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("outcomeType", "18", "outcomeDate", today, "note", "Nothing more to do")).retrieve().toEntity(String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).contains("Only the supervisor of this investigation");
        ResponseEntity<String> unknown = supervisor.post().uri(base + "/outcomes").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("outcomeType", "77", "outcomeDate", today, "note", "x")).retrieve().toEntity(String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("'77' is not a Home Office outcome type");
        Map outcome = supervisor.post().uri(base + "/outcomes").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("outcomeType", "18", "outcomeDate", today, "note", "No suspect identified")).retrieve().body(Map.class);
        assertThat(outcome).containsEntry("version", 1).containsEntry("outcomeType", "18");
        Map file = investigator.get().uri(base).retrieve().body(Map.class);
        assertThat((List<Map>) file.get("outcomes")).hasSize(1);

        List<Map> types = investigator.get().uri("/api/v1/crimes/outcome-types").retrieve().body(List.class);
        assertThat(types).anySatisfy(t -> assertThat(t).containsEntry("code", "14")
                .containsEntry("policeUkLastOutcomeCategory", "Investigation complete; no suspect identified"));

        String month = YearMonth.now(ForceTime.ZONE).toString();
        assertThat(investigator.get().uri("/api/v1/police-uk/" + month + "/street.csv").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(403);
        RestClient registrar = Api.as(port, TestUsers.withRole(accounts, Role.CRIME_REGISTRAR), TestUsers.PASSWORD);
        String street = registrar.get().uri("/api/v1/police-uk/" + month + "/street.csv").retrieve().body(String.class);
        assertThat(street).startsWith("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                + "Crime type,Last outcome category,Context\n").contains(",Investigation complete; no suspect identified,");
        ResponseEntity<String> badMonth = registrar.get().uri("/api/v1/police-uk/2026-13/street.csv").retrieve().toEntity(String.class);
        assertThat(badMonth.getStatusCode().value()).isEqualTo(400);
        assertThat(badMonth.getBody()).contains("'2026-13' is not a month");

        String openApi = Api.admin(port).get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(openApi).contains("/api/v1/crimes/{id}/investigation/outcomes", "/api/v1/my-work", "/api/v1/police-uk/{month}/street.csv");
    }

    @Test
    void aSupervisorAskingForATeamTheForceDoesNotHaveIsToldSoNotShownAnEmptyQueue() {
        RestClient supervisor = Api.as(port, TestUsers.withRole(accounts, Role.SUPERVISOR), TestUsers.PASSWORD);

        ResponseEntity<String> unknown = supervisor.get().uri("/api/v1/my-work/supervision?team=NOPE").retrieve().toEntity(String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("\"field\":\"team\"").contains("No investigation team 'NOPE'");
        assertThat(supervisor.get().uri("/api/v1/my-work/supervision?team=cid").retrieve().body(Map.class)).containsEntry("team", "CID");
    }

    @Test
    void anOfficerSupervisorOrAssigneeNobodySignsInAsIsRefusedWithTheFieldNamed() {
        InvestigationFixtures fixtures = new InvestigationFixtures(decisions, persons);
        Crime crime = fixtures.recorded("8N", fixtures.person("Una", "Known"), Set.of(), "M15 4AB");
        String sergeant = TestUsers.withRole(accounts, Role.SUPERVISOR);
        RestClient supervisor = Api.as(port, sergeant, TestUsers.PASSWORD);
        String base = "/api/v1/crimes/" + crime.crn();

        ResponseEntity<String> allocation = supervisor.put().uri(base + "/investigation/allocation").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("team", "CID", "officer", "pc-nobody", "supervisor", "sgt-nobody")).retrieve().toEntity(String.class);
        assertThat(allocation.getStatusCode().value()).isEqualTo(400);
        assertThat(allocation.getBody()).contains("\"field\":\"officer\"", "\"field\":\"supervisor\"",
                "No one signs in to Peel as 'pc-nobody'", "No one signs in to Peel as 'sgt-nobody'");

        ResponseEntity<String> task = supervisor.post().uri(base + "/investigation/tasks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("description", "Trace the witness", "assignee", "dc-nobody", "dueOn", LocalDate.now(ForceTime.ZONE).plusDays(1).toString()))
                .retrieve().toEntity(String.class);
        assertThat(task.getStatusCode().value()).isEqualTo(400);
        assertThat(task.getBody()).contains("\"field\":\"assignee\"", "No one signs in to Peel as 'dc-nobody'");

        ResponseEntity<String> crimeAllocation = supervisor.put().uri("/api/v1/crimes/" + crime.crn() + "/allocation")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("officer", "pc-nobody")).retrieve().toEntity(String.class);
        assertThat(crimeAllocation.getStatusCode().value()).isEqualTo(400);
        assertThat(crimeAllocation.getBody()).contains("\"field\":\"officer\"", "No one signs in to Peel as 'pc-nobody'");

        assertThatThrownBy(() -> fixtures.recorded("8N", fixtures.person("Una", "Allocated"), Set.of(), "M15 4AB", "pc-nobody"))
                .as("allocated when recorded, on the decision page").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field).containsExactly("allocatedTo"));

        String officer = TestUsers.withRole(accounts, Role.INVESTIGATOR);
        assertThat(supervisor.put().uri(base + "/investigation/allocation").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("team", "CID", "officer", officer, "supervisor", sergeant)).retrieve().toEntity(String.class)
                .getStatusCode().value()).as("real usernames are taken").isEqualTo(200);
    }
}
