package uk.peel.search;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import uk.peel.platform.BusyException;

/**
 * The platform threads that gather and score search candidates. Requests run on virtual threads, which are not
 * preempted: a search scoring hundreds of candidates on one holds its carrier, and with a carrier per processor a
 * few searches at once left a 999 call's incident waiting for a carrier to come free (creation p99 165 ms beside
 * searches, 34 ms alone). Scoring here instead lets the request's virtual thread step off its carrier while it
 * waits, the operating system share the processors between scoring and everything else, and the pool's size keep
 * searches to the processors they are allowed. A search that cannot even queue is refused as busy, never queued
 * without limit.
 */
@Component
class ScoringThreads implements AutoCloseable {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final ThreadPoolExecutor pool;

    ScoringThreads(SearchSettings settings) {
        this.pool = new ThreadPoolExecutor(settings.scoringThreads(), settings.scoringThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.scoringThreads() * settings.waitingPerThread()),
                Thread.ofPlatform().name("peel-search-scoring-", 1).daemon().factory());
    }

    /** Runs the scoring and answers its result, on the calling thread's behalf. */
    <T> T score(Callable<T> scoring) {
        Future<T> result;
        try {
            result = pool.submit(scoring);
        } catch (RejectedExecutionException e) {
            throw new BusyException("Too many person searches are waiting to run; this one was not started. "
                    + "Try again in a few seconds.", RETRY_AFTER);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a search", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Search failed", e.getCause());
        }
    }

    /** Searches waiting for a scoring thread. */
    int waiting() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
