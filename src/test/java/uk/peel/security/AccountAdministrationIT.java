package uk.peel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

@PeelIntegrationTest
class AccountAdministrationIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    private int open(String json) {
        return Api.admin(port).post().uri("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toBodilessEntity().getStatusCode().value();
    }

    private int signIn(String username, String password) {
        return Api.as(port, username, password).get().uri("/api/v1/persons?size=1").retrieve().toBodilessEntity()
                .getStatusCode().value();
    }

    @Test
    void anAdministratorOpensAnAccountThatSignsInWithItsRolesPermissions() {
        int status = open("""
                {"username":"pc4471","displayName":"PC Jo Bloggs","password":"four words make a passphrase","roles":["RESPONSE_OFFICER"]}""");

        assertThat(status).isEqualTo(201);
        assertThat(signIn("pc4471", "four words make a passphrase")).isEqualTo(200);
        assertThat(Api.as(port, "pc4471", "four words make a passphrase").get().uri("/api/v1/audit?username=admin")
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        List<Map<String, Object>> listed = Api.admin(port).get().uri("/api/v1/accounts").retrieve().body(List.class);
        assertThat(listed).anySatisfy(account -> assertThat(account).containsEntry("username", "pc4471")
                .containsEntry("roles", List.of("RESPONSE_OFFICER")).doesNotContainKey("passwordHash"));
    }

    @Test
    void refusesADuplicateUsernameAndExplainsEachBadField() {
        open("{\"username\":\"dupe\",\"displayName\":\"First\",\"password\":\"a long enough password\",\"roles\":[\"AUDITOR\"]}");

        assertThat(open("{\"username\":\"dupe\",\"displayName\":\"Second\",\"password\":\"a long enough password\",\"roles\":[\"AUDITOR\"]}"))
                .isEqualTo(409);
        Map<String, Object> problem = Api.admin(port).post().uri("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                .body("{\"username\":\"Not Valid\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[]}")
                .retrieve().body(Map.class);
        assertThat((List<Map<String, String>>) problem.get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("username", "displayName", "password", "roles");
        assertThat(signIn("dupe", "a long enough password")).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        String supervisor = TestUsers.withRole(accounts, Role.SUPERVISOR);

        assertThat(Api.as(port, supervisor, TestUsers.PASSWORD).post().uri("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"username\":\"sneaky\",\"displayName\":\"Sneaky\",\"password\":\"a long enough password\",\"roles\":[\"ADMINISTRATOR\"]}")
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(accounts.exists("sneaky")).isFalse();
    }

    @Test
    void anAdministratorCanLiftALockOut() {
        open("{\"username\":\"locked.out\",\"displayName\":\"Locked Out\",\"password\":\"the right password\",\"roles\":[\"INVESTIGATOR\"]}");
        for (int i = 0; i < 5; i++) {
            signIn("locked.out", "a wrong password");
        }
        assertThat(signIn("locked.out", "the right password")).isEqualTo(401);

        assertThat(Api.admin(port).post().uri("/api/v1/accounts/locked.out/unlock").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(204);

        assertThat(signIn("locked.out", "the right password")).isEqualTo(200);
    }
}
