package uk.peel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.peel.person.PersonDetails;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.support.PeelIntegrationTest;

/**
 * A burst of events must not take the connections requests need: their listeners run a few at a time and the
 * rest wait in a queue, each event kept in the publication log until its listener completes.
 */
@PeelIntegrationTest
class EventListenerExecutionIT {

    @Autowired
    PersonRecords records;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBurstOfEventsIsWorkedThroughAFewListenersAtATimeWithoutEmptyingTheConnectionPool() throws Exception {
        String surname = "Burstall" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        List<PersonId> created = new ArrayList<>();
        // One commit publishes 150 events at once: every one an indexing listener's transaction.
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 150; i++) {
                created.add(records.record(new PersonDetails("Ann", surname, null, null, null, null, null, null, null, null)).id());
            }
        });

        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        int mostWaiting = 0;
        int mostActive = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (incomplete() > 0 && System.nanoTime() < deadline) {
            mostWaiting = Math.max(mostWaiting, pool.getThreadsAwaitingConnection());
            mostActive = Math.max(mostActive, pool.getActiveConnections());
            Thread.sleep(2);
        }

        assertThat(incomplete()).as("event publications still incomplete after 60 s").isZero();
        assertThat(mostWaiting).as("threads that had to wait for a database connection").isZero();
        // Four listener workers, and the odd scheduled sweep; a thread per event would have taken all 20.
        assertThat(mostActive).as("connections in use at once").isLessThanOrEqualTo(10);
        assertThat(created).hasSize(150);
    }

    private long incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }
}
