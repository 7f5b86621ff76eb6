package uk.peel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
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
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

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
                        select username, action, justification, request_id from audit_log
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
        audit.sealCommitted();

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

        audit.sealCommitted();
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
        audit.sealCommitted();
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
                              justification, recipient, detail, request_id, previous_hash, hash, provisional_seq)
                            values (:seq, :occurred_at, :username, :action, :record_type, :record_ids, :justification,
                              :recipient, :detail, :request_id, :previous_hash, :hash, :provisional_seq)""")
                    .params(removed).update();
        }
    }

    @Test
    void entriesAreWrittenAtCommitInTheOrderRecordedAndAChangeWhoseEntryIsRefusedDoesNotCommit() {
        String marker = "commit-test-" + System.nanoTime();
        jdbc.sql("create table audited_change_for_test (marker text)").update();
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("insert into audited_change_for_test values (:m)").param("m", marker).update();
                audit.record(AuditAction.ALTERATION, "test", List.of("1"), marker + " first");
                audit.record(AuditAction.ALTERATION, "test", List.of("2"), marker + " second");
                // Held with the transaction until it commits.
                assertThat(jdbc.sql("select count(*) from audit_log where detail like :m").param("m", marker + "%")
                        .query(Long.class).single()).isZero();
            });
            assertThat(jdbc.sql("select detail from audit_log where detail like :m order by seq")
                    .param("m", marker + "%").query(String.class).list())
                    .containsExactly(marker + " first", marker + " second");
            audit.sealCommitted();
            assertThat(jdbc.sql("select detail from audit_entry where detail like :m order by seq")
                    .param("m", marker + "%").query(String.class).list())
                    .containsExactly(marker + " first", marker + " second");

            // The database refuses the entry when the transaction commits: the change goes with it.
            String refused = marker + "-refused";
            jdbc.sql("""
                    create function refuse_audit_for_test() returns trigger language plpgsql as $$
                    begin
                      if new.detail like '%%%s%%' then raise exception 'audit refused for test'; end if;
                      return new;
                    end $$""".formatted(refused)).update();
            jdbc.sql("create trigger refuse_audit_for_test before insert on audit_unsealed_entry for each row "
                    + "execute function refuse_audit_for_test()").update();
            try {
                assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("insert into audited_change_for_test values (:m)").param("m", refused).update();
                    audit.record(AuditAction.ALTERATION, "test", List.of("3"), refused);
                })).isInstanceOf(DataAccessException.class).hasMessageContaining("audit refused for test");
            } finally {
                jdbc.sql("drop trigger refuse_audit_for_test on audit_unsealed_entry").update();
                jdbc.sql("drop function refuse_audit_for_test()").update();
            }
            assertThat(jdbc.sql("select marker from audited_change_for_test").query(String.class).list())
                    .containsExactly(marker);
        } finally {
            jdbc.sql("drop table audited_change_for_test").update();
        }
    }

    @Test
    void aChangesEntryIsNotHeldUpBySearchConsultationsAndEachChainIsVerifiedOnItsOwn() throws Exception {
        String marker = "two-chains-" + System.nanoTime();
        try (Connection searches = dataSource.getConnection(); var statement = searches.createStatement()) {
            // As if the group commit were writing a large batch of search entries: it holds its chain's lock.
            searches.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(" + AuditLedger.READS.lock() + ")");

            CompletableFuture<Void> change = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                    status -> audit.record(AuditAction.COLLECTION, "test", List.of("1"), marker)));
            change.get(10, TimeUnit.SECONDS); // with one chain this waited for the search batch to commit

            CompletableFuture<Void> search = CompletableFuture.runAsync(() -> audit.recordDurably(
                    AuditLog.Access.of(AuditAction.CONSULTATION, "test", List.of("2"), marker + " search")));
            Thread.sleep(Duration.ofMillis(300));
            assertThat(search).as("a consultation waits for its own chain's lock").isNotDone();
            searches.rollback();
            search.get(10, TimeUnit.SECONDS);
        }
        audit.sealCommitted();

        assertThat(jdbc.sql("select detail from audit_entry where detail like :m").param("m", marker + "%")
                .query(String.class).list()).containsExactly(marker);
        assertThat(jdbc.sql("select detail from audit_read_entry where detail like :m").param("m", marker + "%")
                .query(String.class).list()).containsExactly(marker + " search");
        assertThat(jdbc.sql("select count(*) from audit_log where detail like :m").param("m", marker + "%")
                .query(Long.class).single()).isEqualTo(2);

        try (Connection connection = dataSource.getConnection()) {
            assertThat(AuditChainVerifier.verify(connection).intact()).isTrue();
        }
        Map<String, Object> removed = jdbc.sql("select * from audit_read_entry where detail = :d")
                .param("d", marker + " search").query().singleRow();
        audit.recordDurably(AuditLog.Access.of(AuditAction.CONSULTATION, "test", List.of("4"), marker + " after"));
        long next = jdbc.sql("select seq from audit_read_entry where detail = :d").param("d", marker + " after")
                .query(Long.class).single();
        try {
            alterBehindTheApplicationsBack("audit_read_entry",
                    "delete from audit_read_entry where seq = " + removed.get("seq"));
            try (Connection connection = dataSource.getConnection()) {
                AuditChainVerifier.Verification result = AuditChainVerifier.verify(connection);
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSeq()).isBetween((Long) removed.get("seq") + 1, next);
                assertThat(result.problem()).contains("audit_read_entry").contains("removed");
            }
        } finally {
            jdbc.sql("""
                            insert into audit_read_entry (seq, occurred_at, username, action, record_type,
                              record_ids, justification, recipient, detail, request_id, previous_hash, hash)
                            values (:seq, :occurred_at, :username, :action, :record_type, :record_ids, :justification,
                              :recipient, :detail, :request_id, :previous_hash, :hash)""")
                    .params(removed).update();
        }
        assertThatThrownBy(() -> audit.recordDurably(AuditLog.Access.of(AuditAction.ALTERATION, "test", List.of("3"), marker)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record()");
    }

    @Test
    void aConsultationRecordedMeanwhileLetsTheCallerWorkUntilItAwaitsTheEntryAndIsDurableWhenThatReturns() throws Exception {
        String marker = "meanwhile-" + System.nanoTime();
        AuditLog.PendingEntry entry;
        try (Connection searches = dataSource.getConnection(); var statement = searches.createStatement()) {
            // As if the group commit were still writing the batch before: the entry cannot be written yet.
            searches.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(" + AuditLedger.READS.lock() + ")");

            entry = audit.recordDurablyMeanwhile(AuditLog.Access.of(AuditAction.CONSULTATION, "test", List.of("5"), marker));
            // The caller's own work (reading the records it will show) goes on while the entry waits.
            AuditLog.PendingEntry waiting = entry;
            CompletableFuture<Void> shown = CompletableFuture.runAsync(waiting::awaitDurable);
            Thread.sleep(Duration.ofMillis(300));
            assertThat(shown).as("nothing may be shown before the entry is durable").isNotDone();
            assertThat(jdbc.sql("select count(*) from audit_read_entry where detail = :m").param("m", marker)
                    .query(Long.class).single()).isZero();
            searches.rollback();
            shown.get(10, TimeUnit.SECONDS);
        }
        assertThat(jdbc.sql("select count(*) from audit_read_entry where detail = :m").param("m", marker)
                .query(Long.class).single()).as("durable once awaitDurable returned").isEqualTo(1);
        entry.awaitDurable(); // again: still durable, no second entry
        assertThat(jdbc.sql("select count(*) from audit_read_entry where detail = :m").param("m", marker)
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> audit.recordDurablyMeanwhile(
                AuditLog.Access.of(AuditAction.CONSULTATION, "test", List.of("6"), marker))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a transaction");
    }

    @Test
    void aChangeCommitsWithoutWaitingForTheChainsLockAndIsSealedOnceTheLockIsFree() throws Exception {
        String marker = "unsealed-" + System.nanoTime();
        long provisional;
        try (Connection other = dataSource.getConnection(); var statement = other.createStatement()) {
            // As if another writer of the chain (a sealing round, or the previous release appending directly) held its
            // lock across a slow commit.
            other.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(" + AuditLedger.IN_TRANSACTION.lock() + ")");

            CompletableFuture<Void> change = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                    status -> audit.record(AuditAction.COLLECTION, "test", List.of("1"), marker)));
            change.get(10, TimeUnit.SECONDS); // chained in its own transaction, it waited here for the other commit

            Map<String, Object> entry = jdbc.sql("select seq, hash from audit_log where detail = :m").param("m", marker)
                    .query().singleRow();
            assertThat(entry.get("hash")).as("in the log at once, not yet sealed").isNull();
            provisional = (Long) entry.get("seq");
            assertThatThrownBy(() -> jdbc.sql("update audit_unsealed_entry set username = 'someone else' where seq = :s")
                    .param("s", provisional).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("refused");
            assertThatThrownBy(() -> jdbc.sql("delete from audit_unsealed_entry where seq = :s").param("s", provisional)
                    .update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("only when it is sealed");
            assertThatThrownBy(() -> jdbc.sql("truncate audit_unsealed_entry").update())
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
            other.rollback();
        }

        Map<String, Object> sealed = awaitSealed(provisional);
        assertThat(sealed.get("seq")).as("keeps its number: nothing numbered later was sealed before it").isEqualTo(provisional);
        assertThat(jdbc.sql("select count(*) from audit_log where detail = :m").param("m", marker).query(Long.class).single())
                .isEqualTo(1);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(AuditChainVerifier.verify(connection).intact()).isTrue();
        }
    }

    @Test
    void aChangeCommittedAfterALaterNumberedOneIsChainedInCommitOrderAndFoundWithoutBeingWoken() throws Exception {
        String marker = "late-commit-" + System.nanoTime();
        long provisional;
        try (Connection slow = dataSource.getConnection(); var statement = slow.createStatement()) {
            // A change whose transaction has written its entry, numbered first, but has not committed yet; written
            // directly, so nothing wakes the sealer when it commits (as for another Peel instance's change).
            slow.setAutoCommit(false);
            statement.executeUpdate("""
                    insert into audit_unsealed_entry (occurred_at, username, action, record_type, record_ids, detail)
                    values (now(), 'slow', 'ALTERATION', 'test', array['1'], '%s slow')""".formatted(marker));
            transactions.executeWithoutResult(status -> audit.record(AuditAction.ALTERATION, "test", List.of("2"), marker + " quick"));
            audit.sealCommitted();
            var rs = statement.executeQuery("select seq from audit_unsealed_entry where detail = '" + marker + " slow'");
            rs.next();
            provisional = rs.getLong(1);
            slow.commit();
        }

        Map<String, Object> slowSealed = awaitSealed(provisional);
        List<String> inChainOrder = jdbc.sql("select detail from audit_entry where detail like :m order by seq")
                .param("m", marker + "%").query(String.class).list();
        assertThat(inChainOrder).containsExactly(marker + " quick", marker + " slow");
        assertThat((Long) slowSealed.get("seq")).as("numbered afresh after the quick one").isGreaterThan(provisional);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(AuditChainVerifier.verify(connection).intact()).isTrue();
        }
    }

    /** Waits for the sealer thread to chain the entry with this unsealed number; answers its chained row. */
    private Map<String, Object> awaitSealed(long provisional) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < giveUp) {
            var found = jdbc.sql("select * from audit_entry where provisional_seq = :p").param("p", provisional).query()
                    .listOfRows();
            if (!found.isEmpty()) {
                assertThat(jdbc.sql("select count(*) from audit_unsealed_entry where seq = :p").param("p", provisional)
                        .query(Long.class).single()).isZero();
                return found.getFirst();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("entry " + provisional + " was not sealed within 10 s");
    }

    /** Simulates someone with database access tampering: the guard trigger is disabled for one statement. */
    private void alterBehindTheApplicationsBack(String sql) throws Exception {
        alterBehindTheApplicationsBack("audit_entry", sql);
    }

    private void alterBehindTheApplicationsBack(String table, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("alter table " + table + " disable trigger " + table + "_append_only");
            statement.execute(sql);
            statement.execute("alter table " + table + " enable trigger " + table + "_append_only");
            connection.commit();
        }
    }
}
