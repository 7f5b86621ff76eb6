package uk.peel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Api;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

@PeelIntegrationTest
class AuditLogIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserAccounts accounts;

    private RestClient as(String username, String password) {
        return Api.as(port, username, password);
    }

    private String createPerson() {
        return (String) as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).post().uri("/api/v1/persons")
                .contentType(MediaType.APPLICATION_JSON).body("{\"forenames\":\"Ada\",\"surname\":\"Lovelace\"}")
                .retrieve().body(Map.class).get("id");
    }

    @Test
    void viewingAPersonLogsAConsultationNamingTheUserAndJustification() {
        String id = createPerson();
        String officer = TestUsers.withRole(accounts, Role.RESPONSE_OFFICER);

        var response = as(officer, TestUsers.PASSWORD).get().uri("/api/v1/persons/{id}", id)
                .header(AuditLog.JUSTIFICATION_HEADER, "checking a named suspect for incident 123").retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> entries = jdbc.sql("""
                        select username, action, justification, request_id from audit_entry
                         where record_ids @> array[:id]::text[] order by seq""")
                .param("id", id).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("COLLECTION", "CONSULTATION");
        assertThat(entries.get(0)).containsEntry("username", "admin");
        assertThat(entries.get(1)).containsEntry("username", officer)
                .containsEntry("justification", "checking a named suspect for incident 123");
        assertThat(entries.get(1).get("request_id")).isNotNull();
    }

    @Test
    void auditorsCanAskWhoLookedAtAPersonAndWhatAUserLookedAt() {
        String id = createPerson();
        String officer = TestUsers.withRole(accounts, Role.INVESTIGATOR);
        as(officer, TestUsers.PASSWORD).get().uri("/api/v1/persons/{id}", id).retrieve().toBodilessEntity();
        String auditor = TestUsers.withRole(accounts, Role.AUDITOR);

        List<Map<String, Object>> whoLooked = as(auditor, TestUsers.PASSWORD).get()
                .uri("/api/v1/audit?recordId={id}", id).retrieve().body(List.class);
        List<Map<String, Object>> whatTheyLookedAt = as(auditor, TestUsers.PASSWORD).get()
                .uri("/api/v1/audit?username={u}", officer).retrieve().body(List.class);

        assertThat(whoLooked).extracting(e -> e.get("username")).contains(officer, "admin");
        assertThat(whatTheyLookedAt).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("CONSULTATION");
            assertThat((List<Object>) e.get("recordIds")).contains(id);
        });
        assertThat(as(officer, TestUsers.PASSWORD).get().uri("/api/v1/audit?recordId={id}", id).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheAuditLog() {
        createPerson();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set username = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
    }

    @Test
    void earlierPersonVersionsCannotBeRewrittenAndPersonsCannotBeDeleted() {
        String id = createPerson();

        assertThatThrownBy(() -> jdbc.sql("update person_version set details = '{}'::jsonb where person_id = :id::uuid")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from person where id = :id::uuid").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("never deleted");
    }

    @Test
    void verificationFindsTheChainIntactThenNamesTheEntryAlteredBehindTheApplicationsBack() throws Exception {
        String id = createPerson();
        as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).get().uri("/api/v1/persons/{id}", id).retrieve().toBodilessEntity();
        createPerson();

        try (Connection connection = dataSource.getConnection()) {
            assertThat(AuditChainVerifier.verify(connection).intact()).isTrue();
        }
        long tampered = jdbc.sql("select max(seq) from audit_entry where record_ids @> array[:id]::text[] and action = 'CONSULTATION'")
                .param("id", id).query(Long.class).single();
        try {
            alterBehindTheApplicationsBack("update audit_entry set username = 'nobody' where seq = " + tampered);
            try (Connection connection = dataSource.getConnection()) {
                AuditChainVerifier.Verification result = AuditChainVerifier.verify(connection);
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSeq()).isEqualTo(tampered);
                assertThat(result.problem()).contains("altered");
            }
        } finally {
            alterBehindTheApplicationsBack("update audit_entry set username = 'admin' where seq = " + tampered);
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(AuditChainVerifier.verify(connection).intact()).isTrue();
        }
    }

    @Test
    void verificationDetectsARemovedEntry() throws Exception {
        createPerson();
        String second = createPerson();
        createPerson();
        Map<String, Object> removed = jdbc.sql("select * from audit_entry where record_ids @> array[:id]::text[]")
                .param("id", second).query().singleRow();
        try {
            alterBehindTheApplicationsBack("delete from audit_entry where seq = " + removed.get("seq"));
            try (Connection connection = dataSource.getConnection()) {
                AuditChainVerifier.Verification result = AuditChainVerifier.verify(connection);
                assertThat(result.intact()).isFalse();
                assertThat(result.problem()).contains("removed");
                assertThat(result.firstBadSeq()).isGreaterThan((Long) removed.get("seq"));
            }
        } finally {
            jdbc.sql("""
                            insert into audit_entry (seq, occurred_at, username, action, record_type, record_ids,
                              justification, recipient, detail, request_id, previous_hash, hash)
                            values (:seq, :occurred_at, :username, :action, :record_type, :record_ids, :justification,
                              :recipient, :detail, :request_id, :previous_hash, :hash)""")
                    .params(removed).update();
        }
    }

    /** Simulates someone with database access tampering: the guard trigger is disabled for one statement. */
    private void alterBehindTheApplicationsBack(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            statement.execute(sql);
            statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
            connection.commit();
        }
    }
}
