package org.octoseq.script.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The time budget of the calls into one script. A call is over its budget once it has run for the budget and
 * spent at least half of it on the CPU (counted from a mark, see below) — so a call that a loaded machine merely
 * paused is not cut (which keeps offline renders and traces the same from run to run), while a runaway, which burns
 * CPU all along, is stopped at the budget — or once it has run for {@value #WALL_CAP} times the budget, however
 * little CPU it got, so a show never waits longer.
 *
 * <p>The CPU time is counted from a mark, not from the start of the call: reading a thread's CPU clock costs about
 * a microsecond, more than a whole short call, and a call that ends early needs no reading at all. The
 * {@link Watchdog}, which looks at a call every 1/{@value #MARK_AT} of its budget, takes the mark on its own thread
 * at its first look 1/{@value #MARK_AT} of the budget or more into the call, so at most 2/{@value #MARK_AT} in on
 * time. The count misses at most what the call spent on the CPU before the mark, so a call is never cut earlier
 * than with a count from its start, and a runaway is still cut at the budget (by then it has spent most of it on the
 * CPU since the mark), or at the watchdog's next look after it. When a loaded machine runs the watchdog so late
 * that the call is past its budget unmarked, the call (or the late watchdog) takes the mark then, and the call is
 * cut as soon as it has spent more than half of the time since on the CPU, a fraction of a millisecond later for a
 * runaway. A call that returns within 1/{@value #MARK_AT} of its budget costs two {@code System.nanoTime()} reads
 * and joining and leaving the watchdog's watch, and never reads a CPU clock.
 *
 * <p>How a call is stopped: {@link #run} has the {@link Watchdog} watch it, which marks the call and then flags it when
 * the budget has passed; the guard check the {@link GuardInjector} put into every loop and function body then
 * looks at the call's CPU time (every {@value #LOOK_EVERY_MICROS} µs at most) and throws {@link BudgetExceeded}
 * once it is over. Until the flag, the check only reads it; every {@value #CLOCK_EVERY}th check also reads the
 * clock, so a call is stopped on time even when a loaded machine runs the watchdog thread late. A guarded loop
 * costs next to nothing while it is within budget.
 *
 * <p>A script may catch the error; every further check throws again until the call returns, so the call still
 * ends, and {@link #lastCallOverran()} tells either way. Used by one thread at a time.
 */
public final class CallBudget implements BudgetedCalls {

    /** Guard checks between two clock reads (a power of two). */
    static final int CLOCK_EVERY = 128;

    /** A call is stopped after this many budgets of wall time whatever CPU time it got. */
    static final int WALL_CAP = 4;

    /** Past its budget, how often a call's CPU time is read (each read costs about a microsecond). */
    static final long LOOK_EVERY_MICROS = 200;

    /** The watchdog marks a call's CPU time 1/MARK_AT of its budget in. */
    static final int MARK_AT = 16;

    /** {@link Call#cpuMark} before the call's CPU time was read. */
    private static final long NO_MARK = Long.MIN_VALUE;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();

    private final Watchdog watchdog;
    private final GuardCheck check = new GuardCheck(this);
    private Call call = new Call(-1, 0, Long.MAX_VALUE / 2);
    private long millis;
    private long budgetNanos;
    private long start;
    private long lastLook;
    private int checks;
    private boolean overran;

    public CallBudget(Watchdog watchdog) {
        this.watchdog = watchdog;
    }

    /** The object scripts see as {@value GuardInjector#GUARD}. */
    public GuardCheck check() {
        return check;
    }

    @Override
    public void run(long millis, Runnable body) {
        this.millis = millis;
        overran = false;
        checks = 0;
        budgetNanos = millis * 1_000_000L;
        start = System.nanoTime();
        lastLook = start;
        Call c = new Call(Thread.currentThread().getId(), start, budgetNanos);
        call = c; // its own flags: a tick that comes late cannot touch the next call
        watchdog.watch(c);
        try {
            body.run();
        } finally {
            c.done = true;
            watchdog.unwatch(c);
            overran = c.stopped || overBudget(c, System.nanoTime());
        }
    }

    /** Whether the last {@link #run} went over its budget (it was stopped, or caught the stop and returned late). */
    @Override
    public boolean lastCallOverran() {
        return overran;
    }

    public long millis() {
        return millis;
    }

    /** The guard check: throws once the running call is over its budget, and at every check after that. */
    void stopIfOverBudget() {
        Call c = call;
        if (c.stopped) {
            throw new BudgetExceeded(millis);
        }
        if (c.late || (++checks & (CLOCK_EVERY - 1)) == 0) {
            long now = System.nanoTime();
            if (now - start > budgetNanos && now - lastLook > LOOK_EVERY_MICROS * 1000) {
                c.late = true;
                lastLook = now;
                if (overBudget(c, now)) {
                    c.stopped = true;
                    throw new BudgetExceeded(millis);
                }
            }
        }
    }

    /**
     * Past the budget in wall time with half of it spent on the CPU since the watchdog's mark, or past the wall-time
     * cap. Past the budget without a mark (the watchdog ran late), the call takes the mark itself (or the watchdog
     * takes it, late) and from then on is over once it has spent more than half of the time since on the CPU (judged
     * after at least {@value #LOOK_EVERY_MICROS} µs): a runaway is so still cut right after its budget, a call kept
     * waiting is not.
     */
    private boolean overBudget(Call c, long now) {
        long wall = now - start;
        if (wall <= budgetNanos) {
            return false;
        }
        if (wall > WALL_CAP * budgetNanos) {
            return true;
        }
        if (c.cpuMark == NO_MARK && c.mark(cpuTimeOf(c.thread), now, true)) {
            return false;
        }
        long cpu = cpuTimeOf(c.thread) - c.cpuMark;
        if (c.markedLate) {
            long since = now - c.markedAt;
            return since >= LOOK_EVERY_MICROS * 1000 && cpu > since / 2;
        }
        return cpu > budgetNanos / 2;
    }

    /** The CPU time of thread {@code id} (any thread may ask), or the wall clock where the JVM does not measure it. */
    private static long cpuTimeOf(long id) {
        long t = CPU_TIME ? THREADS.getThreadCpuTime(id) : -1;
        return t == -1 ? System.nanoTime() : t;
    }

    /**
     * One call's state: {@code cpuMark} its thread's CPU time when the watchdog (or the call, past its budget) first
     * read it; {@code late} set by the watchdog when the budget has passed; {@code stopped} by the guard; when the
     * mark and the flag are due.
     */
    private static final class Call implements Watchdog.Watched {
        final long thread;
        /** When the watchdog marks the call's CPU time, and when it flags it late ({@link System#nanoTime()}). */
        final long markDue;
        final long deadline;
        /** How often the watchdog looks at the call: as often as the mark comes after its start. */
        final long tickNanos;
        volatile long cpuMark = NO_MARK;
        /** When the mark was taken, and whether only past the budget (by the call, or by a watchdog running late). */
        volatile long markedAt;
        volatile boolean markedLate;
        volatile boolean late;
        volatile boolean done;
        boolean stopped;

        Call(long thread, long start, long budgetNanos) {
            this.thread = thread;
            this.tickNanos = budgetNanos / MARK_AT;
            this.markDue = start + tickNanos;
            this.deadline = start + budgetNanos;
        }

        /** On the watchdog's thread: the mark once it is due, then the flag once the budget has passed. */
        @Override
        public void tick(long now) {
            if (done || now - markDue < 0) {
                return;
            }
            boolean past = now - deadline >= 0;
            if (cpuMark == NO_MARK) {
                mark(cpuTimeOf(thread), now, past);
            }
            if (past && !done) {
                late = true;
            }
        }

        @Override
        public long tickNanos() {
            return tickNanos;
        }

        /** Takes the mark unless there is one already (the watchdog and the call may both try); whether it did. */
        synchronized boolean mark(long cpu, long at, boolean pastBudget) {
            if (cpuMark != NO_MARK) {
                return false;
            }
            markedAt = at;
            markedLate = pastBudget;
            cpuMark = cpu;
            return true;
        }
    }

    /** Thrown inside a script call that ran out of time. An {@link Error}, so plain Java catch-alls pass it on. */
    public static final class BudgetExceeded extends Error {
        private static final long serialVersionUID = 1L;

        BudgetExceeded(long millis) {
            this("took longer than " + millis + " ms and was stopped");
        }

        /** @param message what happened, completing "update ..." or "draw ..." */
        BudgetExceeded(String message) {
            super(message);
        }
    }
}
