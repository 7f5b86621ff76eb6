package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditChainVerifier;
import uk.peel.audit.AuditLog;
import uk.peel.support.Api;
import uk.peel.support.TestNames;
import uk.peel.support.PeelIntegrationTest;

/**
 * Searches are audited by group commit (decision 0009): each search's entry is durable before its results are
 * returned, concurrent searches share commits, and the chain stays verifiable with other writers appending too.
 */
@PeelIntegrationTest
class SearchAuditIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;


    private String create(String forenames, String surname) {
        return (String) Api.admin(port).post().uri("/api/v1/persons").contentType(MediaType.APPLICATION_JSON)
                .body("{\"forenames\":\"" + forenames + "\",\"surname\":\"" + surname + "\"}")
                .retrieve().body(Map.class).get("id");
    }

    private ResponseEntity<Map> search(String q) {
        return Api.admin(port).get().uri("/api/v1/persons/search?q={q}&limit=10", q).retrieve().toEntity(Map.class);
    }

    private void awaitFindable(String q, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            if (String.valueOf(search(q).getBody()).contains(id)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(q + " did not find " + id);
    }

    private long searchEntriesNaming(String id) {
        return jdbc.sql("""
                        select count(*) from audit_log where action = 'CONSULTATION' and record_ids @> array[:id]::text[]
                           and detail like 'search %'""").param("id", id).query(Long.class).single();
    }

    @Test
    void concurrentSearchesAreEachAuditedBeforeTheyAnswerAndTheChainStaysIntact() throws Exception {
        String surname = TestNames.uniqueSurname("Qv");
        String id = create("Ada", surname);
        awaitFindable("ada " + surname, id);
        long before = searchEntriesNaming(id);

        int clients = 12;
        int each = 10;
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        if (client % 4 == 0) {
                            // Writers in their own transactions append to the same chain meanwhile.
                            create("Grace", TestNames.uniqueSurname("Qv"));
                        }
                        ResponseEntity<Map> answer = search("ada " + surname);
                        if (!answer.getStatusCode().is2xxSuccessful() || !String.valueOf(answer.getBody()).contains(id)) {
                            problems.add(answer.getStatusCode() + " " + answer.getBody());
                        } else if (searchEntriesNaming(id) < 1) {
                            problems.add("answered before its audit entry was committed");
                        }
                    }
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(problems).isEmpty();
        assertThat(searchEntriesNaming(id) - before).isEqualTo(clients * each);
        try (Connection connection = dataSource.getConnection()) {
            AuditChainVerifier.Verification verification = AuditChainVerifier.verify(connection);
            assertThat(verification.problem()).isNull();
            assertThat(verification.intact()).isTrue();
        }
    }

    @Test
    void aSearchWhoseAuditEntryCannotBeWrittenShowsNothingAndLaterSearchesWork() throws Exception {
        String surname = TestNames.uniqueSurname("Qv");
        String id = create("Ada", surname);
        awaitFindable("ada " + surname, id);
        long before = searchEntriesNaming(id);

        // The database refuses this search's entry (as it would when full, or when the audit table is unavailable).
        jdbc.sql("""
                create function refuse_audit_for_test() returns trigger language plpgsql as $$
                begin
                  if new.detail like '%%%s%%' then raise exception 'audit refused for test'; end if;
                  return new;
                end $$""".formatted(surname)).update();
        jdbc.sql("create trigger refuse_audit_for_test before insert on audit_read_entry for each row "
                + "execute function refuse_audit_for_test()").update();
        ResponseEntity<Map> refused;
        try {
            refused = search("ada " + surname);
        } finally {
            jdbc.sql("drop trigger refuse_audit_for_test on audit_read_entry").update();
            jdbc.sql("drop function refuse_audit_for_test()").update();
        }

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(String.valueOf(refused.getBody())).doesNotContain(id).doesNotContain(surname);
        assertThat(searchEntriesNaming(id)).isEqualTo(before);

        ResponseEntity<Map> after = search("ada " + surname);
        assertThat(after.getStatusCode().value()).isEqualTo(200);
        assertThat(String.valueOf(after.getBody())).contains(id);
        assertThat(searchEntriesNaming(id)).isEqualTo(before + 1);
    }

    @Test
    void waitingForADurableEntryInsideATransactionIsRefused() {
        AuditLog.Access access = AuditLog.Access.of(AuditAction.CONSULTATION, "person", List.of("x"), "test");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> audit.recordDurably(access)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a transaction");
    }
}
