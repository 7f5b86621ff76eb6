package uk.peel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class AuditAppenderTest {

    private static AuditLog.Attributed entry(String detail) {
        return new AuditLog.Attributed(AuditLog.Access.of(AuditAction.CONSULTATION, "person", List.of("p1"), detail),
                "officer", null, "request");
    }

    /** A writer that takes a while, as a commit does, and remembers what it has "committed". */
    private static final class SlowWriter implements AuditAppender.BatchWriter {
        final Set<String> committed = ConcurrentHashMap.newKeySet();
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void write(List<AuditLog.Attributed> batch) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batchSizes.add(batch.size());
            batch.forEach(e -> committed.add(e.access().detail()));
        }
    }

    @Test
    void concurrentCallersShareCommitsAndEachIsToldOnlyAfterItsOwnEntryIsWritten() throws Exception {
        SlowWriter writer = new SlowWriter();
        int threads = 8;
        int each = 100;
        AtomicBoolean toldTooEarly = new AtomicBoolean();
        try (AuditAppender appender = new AuditAppender(writer, 256, 10_000)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int caller = t;
                callers.add(Thread.ofPlatform().start(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            String detail = caller + "/" + i;
                            appender.submit(entry(detail)).get(10, TimeUnit.SECONDS);
                            if (!writer.committed.contains(detail)) {
                                toldTooEarly.set(true);
                            }
                        }
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }));
            }
            start.countDown();
            for (Thread caller : callers) {
                caller.join();
            }
        }
        assertThat(toldTooEarly).as("a caller was told its entry was durable before it was written").isFalse();
        assertThat(writer.committed).hasSize(threads * each);
        assertThat(writer.batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(threads * each);
        assertThat(writer.batchSizes.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .as("with eight callers waiting on a slow commit, some commits carry several entries").isGreaterThan(1);
        assertThat(writer.batchSizes.size()).isLessThan(threads * each);
    }

    @Test
    void aWriteThatFailsFailsTheCallerAndTheAppenderCarriesOn() throws Exception {
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        SlowWriter working = new SlowWriter();
        try (AuditAppender appender = new AuditAppender(batch -> {
            if (databaseDown.get()) {
                throw new IllegalStateException("connection refused");
            }
            working.write(batch);
        }, 256, 10_000)) {
            CompletableFuture<Void> failed = appender.submit(entry("while down"));
            assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasRootCauseMessage("connection refused");

            databaseDown.set(false);
            appender.submit(entry("after")).get(10, TimeUnit.SECONDS);
            assertThat(working.committed).containsExactly("after");
        }
    }

    @Test
    void anEntryTheDatabaseRefusesFailsOnlyItsOwnCallerNotTheRestOfItsBatch() throws Exception {
        SlowWriter writer = new SlowWriter();
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (AuditAppender appender = new AuditAppender(batch -> {
            if (batch.stream().anyMatch(e -> e.access().detail().equals("hold"))) {
                firstBatchStarted.countDown();
                await(release);
            }
            if (batch.stream().anyMatch(e -> e.access().detail().equals("bad"))) {
                throw new IllegalArgumentException("invalid byte sequence");
            }
            writer.write(batch);
        }, 256, 10_000)) {
            CompletableFuture<Void> hold = appender.submit(entry("hold"));
            firstBatchStarted.await(10, TimeUnit.SECONDS);
            // These three queue up behind the held write, so they go as one batch.
            CompletableFuture<Void> before = appender.submit(entry("before"));
            CompletableFuture<Void> bad = appender.submit(entry("bad"));
            CompletableFuture<Void> after = appender.submit(entry("after"));
            release.countDown();

            hold.get(10, TimeUnit.SECONDS);
            before.get(10, TimeUnit.SECONDS);
            after.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("invalid byte sequence");
            assertThat(writer.committed).containsExactlyInAnyOrder("hold", "before", "after");
            assertThat(writer.batchSizes).as("the batch of three failed, then went one by one").containsExactly(1, 1, 1);
        }
    }

    @Test
    void closingWritesWhatIsQueuedAndRefusesMore() throws Exception {
        SlowWriter writer = new SlowWriter();
        AuditAppender appender = new AuditAppender(writer, 256, 10_000);
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queued.add(appender.submit(entry("queued " + i)));
        }
        appender.close();

        for (CompletableFuture<Void> future : queued) {
            assertThat(future).isCompleted();
            future.get();
        }
        assertThat(writer.committed).hasSize(20);
        assertThatThrownBy(() -> appender.submit(entry("late")).get(1, TimeUnit.SECONDS))
                .hasRootCauseMessage("the audit log is shutting down");
    }

    @Test
    void aFullQueueRefusesRatherThanGrowingWithoutBound() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (AuditAppender appender = new AuditAppender(batch -> await(release), 1, 2)) {
            List<CompletableFuture<Void>> submitted = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                submitted.add(appender.submit(entry("e" + i)));
            }
            assertThat(submitted).anySatisfy(future -> assertThatThrownBy(() -> future.getNow(null))
                    .hasRootCauseMessage("the audit log has too many entries waiting"));
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
