package org.octoseq.script.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's timer thread: it ticks a watched call soon after it is watched and as often as the call asks, also
 * when it had gone idle for want of calls, and stops ticking it once it is no longer watched.
 */
class WatchdogTest {

    private final Watchdog watchdog = new Watchdog();

    @AfterEach
    void stop() {
        watchdog.close();
    }

    /** A watched call that counts its ticks and opens a latch at the first. */
    private static final class Counted implements Watchdog.Watched {
        final AtomicInteger ticks = new AtomicInteger();
        final CountDownLatch first = new CountDownLatch(1);

        @Override
        public void tick(long now) {
            ticks.incrementAndGet();
            first.countDown();
        }

        @Override
        public long tickNanos() {
            return TimeUnit.MILLISECONDS.toNanos(1);
        }
    }

    @Test
    void aWatchedCallIsTickedUntilItIsNoLongerWatched() throws InterruptedException {
        Counted call = new Counted();
        watchdog.watch(call);
        assertTrue(call.first.await(2, TimeUnit.SECONDS), "never ticked");
        Thread.sleep(100);
        watchdog.unwatch(call);
        Thread.sleep(20); // a tick already under way may still count
        int ticks = call.ticks.get();
        // about 100 at the millisecond it asks for, 25 at the watchdog's longest tick
        assertTrue(ticks > 40, "ticked " + ticks + " times in 100 ms, asking for a tick a millisecond");
        Thread.sleep(50);
        assertEquals(ticks, call.ticks.get(), "ticked after it was no longer watched");
    }

    /** After a second without calls the thread sleeps; the next call wakes it at once, not at some later tick. */
    @Test
    void aCallWakesTheWatchdogFromIdle() throws InterruptedException {
        Counted warmUp = new Counted();
        watchdog.watch(warmUp);
        assertTrue(warmUp.first.await(2, TimeUnit.SECONDS), "never ticked");
        watchdog.unwatch(warmUp);
        long idleBy = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Watchdog.IDLE_AFTER_MILLIS + 2000);
        while (!watchdog.isIdle() && System.nanoTime() < idleBy) {
            Thread.sleep(20);
        }
        assertTrue(watchdog.isIdle(), "still ticking " + Watchdog.IDLE_AFTER_MILLIS + " ms after the last call");

        Counted call = new Counted();
        long start = System.nanoTime();
        watchdog.watch(call);
        assertTrue(call.first.await(2, TimeUnit.SECONDS), "not woken from idle");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waited < 200, "first tick after " + waited + " ms");
        watchdog.unwatch(call);
    }

    @Test
    void aClosedWatchdogTicksNoMore() throws InterruptedException {
        Counted call = new Counted();
        watchdog.watch(call);
        assertTrue(call.first.await(2, TimeUnit.SECONDS), "never ticked");
        watchdog.close();
        Thread.sleep(20);
        int ticks = call.ticks.get();
        Thread.sleep(50);
        assertEquals(ticks, call.ticks.get(), "ticked after close");
        assertTrue(ticks > 0);
    }
}
