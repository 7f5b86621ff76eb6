package uk.peel.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of the machine person search may take ({@code peel.search}).
 *
 * @param scoringThreads threads that gather and score candidates; by default one fewer than the processors (at
 *        least one), so that a burst of searches leaves a processor for call taking and dispatch
 * @param waitingPerThread searches allowed to wait for a scoring thread, per thread, before a search is refused as
 *        busy (503) rather than queued without limit
 */
@ConfigurationProperties("peel.search")
record SearchSettings(Integer scoringThreads, Integer waitingPerThread) {

    SearchSettings {
        if (scoringThreads == null) {
            scoringThreads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        } else if (scoringThreads < 1) {
            throw new IllegalArgumentException("peel.search.scoring-threads must be at least 1, not " + scoringThreads);
        }
        if (waitingPerThread == null) {
            waitingPerThread = 50;
        } else if (waitingPerThread < 1) {
            throw new IllegalArgumentException("peel.search.waiting-per-thread must be at least 1, not " + waitingPerThread);
        }
    }
}
