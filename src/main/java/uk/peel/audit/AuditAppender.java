package uk.peel.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for entries that describe no change of data (a search's results shown): one thread takes every
 * entry waiting, writes them as one batch in one transaction, and completes each caller's future only after that
 * transaction has committed. Callers still wait for their own entry to be durable, but concurrent callers share
 * one commit (one {@code fsync}) instead of queueing for their hash chain's lock one commit at a time.
 *
 * <p>A batch that fails is written again one entry at a time, so an entry the database refuses fails only its own
 * caller, not everyone who happened to be in the same batch.
 */
final class AuditAppender implements AutoCloseable {

    /** Writes a batch of entries in one transaction and returns only once it has committed; throws if it did not. */
    @FunctionalInterface
    interface BatchWriter {
        void write(List<AuditLog.Attributed> batch);
    }

    private record Pending(AuditLog.Attributed entry, CompletableFuture<Void> durable) {
    }

    private final BatchWriter writer;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private volatile boolean closed;

    AuditAppender(BatchWriter writer, int maxBatch, int capacity) {
        if (maxBatch < 1 || capacity < maxBatch) {
            throw new IllegalArgumentException("need 1 <= maxBatch <= capacity, got " + maxBatch + " and " + capacity);
        }
        this.writer = Objects.requireNonNull(writer, "writer");
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = Thread.ofPlatform().name("audit-appender").daemon().start(this::run);
    }

    /** Queues an entry; the future completes once it is durable, or exceptionally if it could not be written. */
    CompletableFuture<Void> submit(AuditLog.Attributed entry) {
        Pending pending = new Pending(Objects.requireNonNull(entry, "entry"), new CompletableFuture<>());
        if (closed) {
            pending.durable().completeExceptionally(new IllegalStateException("the audit log is shutting down"));
        } else if (!queue.offer(pending)) {
            // Thousands waiting means the database is not keeping up; refusing is better than queueing without bound.
            pending.durable().completeExceptionally(new IllegalStateException("the audit log has too many entries waiting"));
        } else if (closed && queue.remove(pending)) {
            // Closed between the check and the offer: the writer may already have stopped.
            pending.durable().completeExceptionally(new IllegalStateException("the audit log is shutting down"));
        }
        return pending.durable();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (!(closed && queue.isEmpty())) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                // Only close() interrupts; the loop ends once what is queued has been written.
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            writer.write(batch.stream().map(Pending::entry).toList());
            batch.forEach(pending -> pending.durable().complete(null));
        } catch (Throwable failure) {
            if (batch.size() == 1) {
                batch.getFirst().durable().completeExceptionally(failure);
            } else {
                batch.forEach(pending -> write(List.of(pending)));
            }
        }
    }

    /** Writes what is already queued, then stops; anything it could not get to in time is failed, never dropped silently. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.durable().completeExceptionally(new IllegalStateException("the audit log shut down before writing this entry"));
        }
    }
}
