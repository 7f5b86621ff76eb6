package uk.peel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives a search method from several clients at once, each on its own thread asking its own queries one after
 * another (a closed loop, like officers at terminals: a client asks again only once answered). All clients start
 * together; throughput is the queries answered over the wall-clock time from that start to the last answer.
 */
final class LoadClients {

    /** One client's connection to the method being measured; used by one thread only. */
    interface Client extends AutoCloseable {
        /** The ids answered, best first; throws when the search failed. */
        List<String> search(LatencyQueries.Query query) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface Clients {
        Client open() throws Exception;
    }

    /** The timings, and each query's answer (null where it failed), in the order of {@code queries}. */
    record Result(Latencies.Summary summary, List<List<String>> answers, String firstError) {
    }

    private LoadClients() {
    }

    /**
     * Runs {@code clients} clients, client {@code c} asking queries {@code c * perClient} to {@code (c + 1) * perClient - 1}.
     */
    static Result run(Clients connect, int clients, int perClient, List<LatencyQueries.Query> queries)
            throws InterruptedException {
        if (queries.size() < clients * perClient) {
            throw new IllegalArgumentException(clients + " clients × " + perClient + " queries need " + clients * perClient
                    + " queries, not " + queries.size());
        }
        long[] nanos = new long[clients * perClient];
        List<List<String>> answers = new ArrayList<>(java.util.Collections.nCopies(clients * perClient, (List<String>) null));
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>(clients);
        for (int c = 0; c < clients; c++) {
            int from = c * perClient;
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                try (Client client = connect.open()) {
                    ready.countDown();
                    go.await();
                    for (int i = from; i < from + perClient; i++) {
                        long started = System.nanoTime();
                        try {
                            List<String> ids = client.search(queries.get(i));
                            nanos[i] = System.nanoTime() - started;
                            answers.set(i, ids);
                        } catch (Exception e) {
                            nanos[i] = -1;
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, queries.get(i).text() + ": " + e);
                        }
                    }
                } catch (Exception e) {
                    ready.countDown();
                    errors.addAndGet(perClient);
                    firstError.compareAndSet(null, "client could not connect: " + e);
                    for (int i = from; i < from + perClient; i++) {
                        nanos[i] = -1;
                    }
                }
            }));
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - started;
        long[] answered = java.util.Arrays.stream(nanos).filter(n -> n >= 0).toArray();
        return new Result(Latencies.summarise(answered, errors.get(), wall), answers, firstError.get());
    }

    /**
     * Runs {@code clients} clients until {@code stop} is set, client {@code c} asking every {@code clients}th query
     * from the {@code c}th, round and round: a background load of unknown length (searches beside another benchmark).
     */
    static Result runUntil(Clients connect, int clients, List<LatencyQueries.Query> queries,
                           java.util.concurrent.atomic.AtomicBoolean stop) throws InterruptedException {
        List<long[]> times = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            long[][] mine = {new long[1024]};
            int[] count = {0};
            threads.add(Thread.ofPlatform().name("bench-search-" + c).start(() -> {
                try (Client client = connect.open()) {
                    for (int i = first; !stop.get(); i = (i + clients) % queries.size()) {
                        long begun = System.nanoTime();
                        try {
                            client.search(queries.get(i));
                            if (count[0] == mine[0].length) {
                                mine[0] = java.util.Arrays.copyOf(mine[0], count[0] * 2);
                            }
                            mine[0][count[0]++] = System.nanoTime() - begun;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, queries.get(i).text() + ": " + e);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, "client could not connect: " + e);
                }
                synchronized (times) {
                    times.add(java.util.Arrays.copyOf(mine[0], count[0]));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - started;
        long[] all = times.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Result(Latencies.summarise(all, errors.get(), wall), List.of(), firstError.get());
    }
}
