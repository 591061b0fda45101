package org.octoseq.mir.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelismTest {

    @Test
    void shareRunsEveryIndexOnce() {
        for (int threads : new int[] {1, 2, 3}) {
            for (int n : new int[] {0, 1, 7, 100, 1001}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(n);
                Parallelism.of(threads).share(n, 10, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        runs.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < n; i++) {
                    assertEquals(1, runs.get(i), "index " + i + " of " + n + " with " + threads + " threads");
                }
            }
        }
    }

    @Test
    void shareRethrowsThePiecesException() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Parallelism.of(2).share(1000, 10, (from, to) -> {
                    if (from > 0) {
                        throw boom;
                    }
                }));
        assertSame(boom, thrown);
    }

    @Test
    void shareDoesNotWaitForHelpersThatAreBusyElsewhere() throws InterruptedException {
        ForkJoinPool pool = ForkJoinPool.commonPool();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(pool.getParallelism());
        for (int i = 0; i < pool.getParallelism(); i++) {
            pool.execute(() -> {
                busy.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertTrue(busy.await(10, TimeUnit.SECONDS), "the pool's workers are all busy");
            AtomicIntegerArray runs = new AtomicIntegerArray(100);
            // every worker of the pool waits for the release (30 s): the caller must do all the pieces and return
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Parallelism.of(2).share(100, 1, (from, to) -> {
                for (int i = from; i < to; i++) {
                    runs.incrementAndGet(i);
                }
            }), "share waited for a helper that could not start");
            for (int i = 0; i < 100; i++) {
                assertEquals(1, runs.get(i));
            }
        } finally {
            release.countDown();
        }
    }
}
