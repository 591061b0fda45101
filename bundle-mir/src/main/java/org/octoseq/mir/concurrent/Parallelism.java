package org.octoseq.mir.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How many threads one analysis may use, and the two ways it splits a range of indices into contiguous chunks:
 * {@link #split} cuts it into one chunk per thread, all but the first run on an executor (the common fork-join pool)
 * and the first on the calling thread; {@link #share} cuts it into a few pieces per thread that the calling thread
 * and whichever other thread is free take in turn. With one thread everything runs on the caller, in order.
 *
 * <p>The show loader analyses with one thread per source (it must leave a core to the frame thread); the
 * {@code analyze} command, which has the machine to itself, with one per core.
 */
public final class Parallelism {

    /** Everything on the calling thread. */
    public static final Parallelism SERIAL = new Parallelism(1, Runnable::run);

    /** Chunks of work, {@code [from, to)}. */
    @FunctionalInterface
    public interface Chunk {
        void run(int from, int to);
    }

    /** Pieces per thread {@link #share} aims for: enough for a late helper to take some, few enough to stay cheap. */
    private static final int PIECES_PER_THREAD = 4;

    private final int threads;
    private final Executor executor;

    private Parallelism(int threads, Executor executor) {
        this.threads = threads;
        this.executor = executor;
    }

    /** One thread per available processor, the extra ones from the common fork-join pool. */
    public static Parallelism perCore() {
        return of(Runtime.getRuntime().availableProcessors());
    }

    /** {@code threads} threads, the extra ones from the common fork-join pool. */
    public static Parallelism of(int threads) {
        return threads <= 1 ? SERIAL : new Parallelism(threads, ForkJoinPool.commonPool());
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code chunk} over {@code [0, n)} cut into at most {@link #threads()} pieces of at least
     * {@code minChunk} indices, and returns when all are done; an exception of any piece is rethrown.
     */
    public void split(int n, int minChunk, Chunk chunk) {
        int parts = (int) Math.max(1, Math.min(threads, n / (long) Math.max(1, minChunk)));
        if (parts == 1) {
            chunk.run(0, n);
            return;
        }
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            int from = cut(n, p, parts);
            int to = cut(n, p + 1, parts);
            others.add(CompletableFuture.runAsync(() -> chunk.run(from, to), executor));
        }
        chunk.run(0, cut(n, 1, parts));
        try {
            CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Runs {@code chunk} over {@code [0, n)} cut into pieces of at least {@code minChunk} indices (a few per thread),
     * taken in order by the calling thread and by helpers queued on the executor as each starts; returns when all are
     * done, rethrowing the first exception of any piece (the pieces not started by then are skipped). Unlike
     * {@link #split}, the caller never waits for a helper that has not started, so it suits work nested in other
     * work (a range's local tempo windows beside its onset peaks): a helper whose threads are all busy leaves its
     * pieces to the caller, and one with an idle thread takes some at once. On two cores the common pool has one
     * worker, idle while {@link #split}'s chunks run on threads of their own ({@link CompletableFuture} gives each
     * task a thread when that pool has fewer than two), so the pieces run beside the other work and the scheduler
     * shares the cores between them.
     */
    public void share(int n, int minChunk, Chunk chunk) {
        int pieces = (int) Math.max(1, Math.min((long) threads * PIECES_PER_THREAD, n / (long) Math.max(1, minChunk)));
        if (threads == 1 || pieces == 1) {
            chunk.run(0, n);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(pieces);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int p = next.getAndIncrement(); p < pieces; p = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        chunk.run(cut(n, p, pieces), cut(n, p + 1, pieces));
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int t = 1; t < threads; t++) {
            executor.execute(worker);
        }
        worker.run();
        // only pieces already running on other threads are left: wait for them, as the one-thread path would have
        // done the work, and keep an interrupt for the caller
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() instanceof RuntimeException r) {
            throw r;
        }
        if (failure.get() instanceof Error err) {
            throw err;
        }
    }

    /** Where part {@code part} of {@code [0, n)} cut into {@code parts} near-equal pieces begins. */
    private static int cut(int n, int part, int parts) {
        return (int) ((long) n * part / parts);
    }
}
