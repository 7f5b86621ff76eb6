package uk.peel.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import uk.peel.platform.BusyException;

class ScoringThreadsTest {

    @Test
    void scoringRunsOnAPlatformThreadSoAVirtualThreadsCarrierIsFreeWhileItWaits() throws Exception {
        try (ScoringThreads scoring = new ScoringThreads(new SearchSettings(2, 10))) {
            Thread[] ranOn = new Thread[1];
            String answer = CompletableFuture.supplyAsync(() -> scoring.score(() -> {
                ranOn[0] = Thread.currentThread();
                return "scored";
            }), command -> Thread.ofVirtual().start(command)).get(5, TimeUnit.SECONDS);

            assertThat(answer).isEqualTo("scored");
            assertThat(ranOn[0].isVirtual()).isFalse();
            assertThat(ranOn[0].getName()).startsWith("peel-search-scoring-");
        }
    }

    @Test
    void noMoreSearchesRunAtOnceThanThereAreScoringThreadsAndOneThatCannotQueueIsRefusedAsBusy() throws Exception {
        try (ScoringThreads scoring = new ScoringThreads(new SearchSettings(1, 2))) {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            int[] atOnce = {0, 0};
            List<CompletableFuture<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < 3; i++) { // one runs, two wait: the queue is full
                int n = i;
                searches.add(CompletableFuture.supplyAsync(() -> scoring.score(() -> {
                    synchronized (atOnce) {
                        atOnce[1] = Math.max(atOnce[1], ++atOnce[0]);
                    }
                    running.countDown();
                    release.await();
                    synchronized (atOnce) {
                        atOnce[0]--;
                    }
                    return n;
                }), command -> Thread.ofVirtual().start(command)));
                if (i == 0) {
                    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
                }
            }
            awaitQueued(scoring, 2);

            assertThatThrownBy(() -> scoring.score(() -> "one too many"))
                    .isInstanceOf(BusyException.class)
                    .hasMessageContaining("Too many person searches are waiting")
                    .satisfies(e -> assertThat(((BusyException) e).retryAfter()).isPositive());

            release.countDown();
            assertThat(searches.stream().map(CompletableFuture::join).toList()).containsExactly(0, 1, 2);
            assertThat(atOnce[1]).isEqualTo(1);
            assertThat(scoring.score(() -> "free again")).isEqualTo("free again");
        }
    }

    @Test
    void aFailureInScoringReachesTheCallerAsItself() {
        try (ScoringThreads scoring = new ScoringThreads(new SearchSettings(1, 1))) {
            assertThatThrownBy(() -> scoring.score(() -> {
                throw new IllegalArgumentException("unreadable query");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("unreadable query");
        }
    }

    @Test
    void byDefaultSearchesLeaveAProcessorForTheControlRoomAndNonsenseSettingsAreRefusedByName() {
        SearchSettings defaults = new SearchSettings(null, null);
        assertThat(defaults.scoringThreads()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        assertThat(defaults.waitingPerThread()).isPositive();

        assertThatThrownBy(() -> new SearchSettings(0, null)).hasMessageContaining("peel.search.scoring-threads");
        assertThatThrownBy(() -> new SearchSettings(null, -1)).hasMessageContaining("peel.search.waiting-per-thread");
    }

    private static void awaitQueued(ScoringThreads scoring, int queued) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (scoring.waiting() < queued && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(scoring.waiting()).isEqualTo(queued);
    }
}
