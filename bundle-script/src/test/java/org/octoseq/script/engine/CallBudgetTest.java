package org.octoseq.script.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The budget rule with its CPU time counted from the watchdog's mark: a call that burns CPU past its budget is
 * over (stopped at a guard check, or reported when it returns), one that a paused machine kept waiting is not,
 * unless it waited past the wall-time cap. Plain Java bodies stand in for script calls; the loops spin until the
 * thread itself has had the CPU time they need, so a loaded machine only makes them take longer.
 */
class CallBudgetTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Watchdog watchdog = new Watchdog();
    private final CallBudget budget = new CallBudget(watchdog);

    @AfterEach
    void stop() {
        watchdog.close();
    }

    private static void spinCpu(long millis) {
        long end = THREADS.getCurrentThreadCpuTime() + millis * 1_000_000L;
        while (THREADS.getCurrentThreadCpuTime() < end) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aShortCallIsWithinBudget() {
        budget.run(50, () -> spinCpu(1));
        assertFalse(budget.lastCallOverran());
    }

    @Test
    void aGuardedRunawayIsStoppedAtTheBudgetNotBefore() {
        assertRunawayStoppedAtItsBudget();
    }

    /** With the watchdog thread held up past the budget, the call marks itself and is still cut just after it. */
    @Test
    void aRunawayIsStoppedAtItsBudgetWhenTheWatchdogRunsLate() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Watchdog.Watched holdUp = new Watchdog.Watched() { // its first tick keeps the watchdog's thread for 300 ms
            @Override
            public void tick(long now) {
                if (held.getCount() > 0) {
                    held.countDown();
                    sleep(300);
                }
            }

            @Override
            public long tickNanos() {
                return TimeUnit.MILLISECONDS.toNanos(1);
            }
        };
        watchdog.watch(holdUp);
        assertTrue(held.await(2, TimeUnit.SECONDS), "the watchdog never looked");
        assertRunawayStoppedAtItsBudget();
        watchdog.unwatch(holdUp);
    }

    /** A guarded endless loop with a 50 ms budget: not stopped before 50 ms, and stopped with under 70 ms of CPU. */
    private void assertRunawayStoppedAtItsBudget() {
        GuardCheck guard = budget.check();
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        assertThrows(CallBudget.BudgetExceeded.class, () -> budget.run(50, () -> {
            while (true) {
                guard.check();
            }
        }));
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        assertTrue(System.nanoTime() - start >= 50_000_000L, "stopped before its budget");
        assertTrue(cpu < 70_000_000L, "stopped after " + cpu / 1_000_000 + " ms of CPU");
        assertTrue(budget.lastCallOverran());
    }

    @Test
    void aCallThatBurnedCpuPastItsBudgetIsReportedWhenItReturns() {
        budget.run(50, () -> spinCpu(120)); // no guard checks: it cannot be stopped, only reported
        assertTrue(budget.lastCallOverran());
    }

    @Test
    void aCallThatWasOnlyKeptWaitingIsNotOverItsBudget() {
        budget.run(50, () -> sleep(120)); // past the budget in wall time, with next to no CPU time
        assertFalse(budget.lastCallOverran());
    }

    @Test
    void aCallThatWaitedPastTheWallTimeCapIsOver() {
        budget.run(20, () -> sleep(20 * CallBudget.WALL_CAP + 60));
        assertTrue(budget.lastCallOverran());
    }
}
