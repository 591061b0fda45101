package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;
import org.octoseq.api.time.Transport;

class SignalTest {

    private static final double EPS = 1e-9;

    private final List<String> warnings = new ArrayList<>();
    private final EvalContext ctx = new EvalContext(warnings::add);

    /** A node that counts how often it is computed. */
    private static final class CountingSignal extends Signal {
        int calls;
        private final double value;

        CountingSignal(String key, double value) {
            super(key);
            this.value = value;
        }

        @Override
        protected double compute(EvalContext ctx) {
            calls++;
            return value;
        }
    }

    /** 1000 zeros at 100 Hz with a single 1.0 at index 50 (0.5 s). */
    private static SampledSignal impulse() {
        float[] v = new float[1000];
        v[50] = 1f;
        return new SampledSignal(100, v);
    }

    private void frame(double t, double dt, InputResolver inputs) {
        ctx.beginFrame(new Transport(t, dt, 0), inputs, BeatGrid.NONE);
    }

    private double eval(Signal s) {
        return s.evaluate(ctx);
    }

    // ---- arithmetic ---------------------------------------------------------------------------------------

    @Test
    void arithmeticNodesCombineTheirOperands() {
        frame(0, 0, InputResolver.NONE);
        Signal six = Signal.constant(6);
        assertEquals(9, eval(six.add(3)), EPS);
        assertEquals(3, eval(six.sub(3)), EPS);
        assertEquals(18, eval(six.mul(3)), EPS);
        assertEquals(2, eval(six.div(3)), EPS);
        assertEquals(3, eval(six.min(3)), EPS);
        assertEquals(6, eval(six.max(3)), EPS);
        assertEquals(-6, eval(six.neg()), EPS);
        assertEquals(12, eval(six.scale(2)), EPS);
        assertEquals(8.5, eval(six.offset(2.5)), EPS);
        assertEquals(4, eval(six.clamp(0, 4)), EPS);
        assertEquals(7, eval(six.clamp(7, 10)), EPS);
        assertEquals(6, eval(six.clamp(0, 10)), EPS);
        assertEquals(-3, eval(Signal.constant(3).sub(six)), EPS); // operand order matters
    }

    @Test
    void divisionByZeroIsZero() {
        frame(0, 0, InputResolver.NONE);
        assertEquals(0, eval(Signal.constant(5).div(0)), EPS);
        assertEquals(0, eval(Signal.constant(5).div(Signal.constant(0))), EPS);
    }

    @Test
    void parametersMayBeSignalsEvaluatedAtTheSameTime() {
        frame(2.5, 0.1, InputResolver.NONE);
        Signal t = Signal.timing("time");
        assertEquals(5.0, eval(t.add(t)), EPS);
        assertEquals(6.25, eval(t.mul(t)), EPS);
        assertEquals(2.5, eval(Signal.constant(10).clamp(0, t)), EPS);
    }

    @Test
    void ofAcceptsNumbersAndSignalsAndRejectsAnythingElse() {
        Signal s = Signal.constant(1);
        assertSame(s, Signal.of(s));
        assertEquals(Signal.constant(7).key(), Signal.of(7).key());
        assertEquals(Signal.constant(0.5).key(), Signal.of(0.5f).key());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Signal.of("1"));
        assertTrue(e.getMessage().contains("number or a Signal") && e.getMessage().contains("String"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Signal.of(null));
        assertTrue(e.getMessage().contains("nothing"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Signal.constant(1).add(true));
    }

    // ---- structural keys and memo -------------------------------------------------------------------------

    @Test
    void equallyBuiltChainsHaveEqualKeys() {
        Signal a = Signal.input(InputRef.mix("energy")).mul(2).add(Signal.timing("beatPhase")).clamp(0, 1);
        Signal b = Signal.input(InputRef.mix("energy")).mul(2).add(Signal.timing("beatPhase")).clamp(0, 1);
        assertEquals(a.key(), b.key());
        assertEquals(Signal.constant(2).scale(3).key(), Signal.constant(2).mul(3).key());
        assertEquals(Signal.input(InputRef.mix("energy")).key(), Signal.input(InputRef.mix("energy")).peak().key());
    }

    @Test
    void differentlyBuiltChainsHaveDifferentKeys() {
        Signal base = Signal.input(InputRef.mix("energy"));
        assertNotEquals(base.add(1).key(), base.add(2).key());
        assertNotEquals(base.add(1).key(), base.sub(1).key());
        assertNotEquals(base.sub(1).key(), Signal.constant(1).sub(base).key());
        assertNotEquals(base.key(), Signal.input(InputRef.mix("flux")).key());
        assertNotEquals(base.key(), Signal.input(InputRef.stem("stem-drums", "energy")).key());
        assertNotEquals(base.key(), base.interpolate().key());
        assertNotEquals(Signal.timing("time").key(), Signal.timing("dt").key());
    }

    @Test
    void aNodeIsComputedOncePerFrameHoweverOftenItIsReferenced() {
        CountingSignal c = new CountingSignal("counting", 2);
        Signal sum = c.add(c).add(c.mul(c));
        frame(0, 0, InputResolver.NONE);
        assertEquals(8, eval(sum), EPS);
        assertEquals(2, eval(c), EPS);
        assertEquals(1, c.calls);

        frame(1 / 60.0, 1 / 60.0, InputResolver.NONE);
        eval(sum);
        assertEquals(2, c.calls);
    }

    @Test
    void twoEquallyBuiltChainsShareOneComputationPerFrame() {
        CountingSignal first = new CountingSignal("same", 3);
        CountingSignal second = new CountingSignal("same", 3);
        frame(0, 0, InputResolver.NONE);
        assertEquals(eval(first.mul(2)), eval(second.mul(2)), EPS);
        assertEquals(1, first.calls + second.calls);
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    @Test
    void inputsResolveThroughALambdaAndSampleThePeakOfTheLastFrameByDefault() {
        SampledSignal data = impulse();
        InputResolver resolver = ref -> ref.equals(InputRef.mix("energy")) ? Signal.sampled(data) : null;
        Signal energy = Signal.input(InputRef.mix("energy"));

        frame(0.515, 1 / 60.0, resolver);
        assertEquals(1.0, eval(energy), EPS);
        assertEquals(0.0, eval(energy.interpolate()), EPS);
        assertEquals(2.0, eval(energy.mul(2)), EPS);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void inputsResolveThroughANamespaceSnapshot() {
        SampledSignal ramp = new SampledSignal(2, new float[] {0, 1, 2, 3});
        SourceEntry mix = new SourceEntry("mix", "Mix", "mix", 2.0, Map.of("energy", ramp), Map.of(), List.of());
        Namespace ns = new Namespace(1, mix, List.of(), List.of(), List.of(), BeatGrid.NONE, List.of());

        frame(0.25, 0, ns);
        assertEquals(0.5, eval(Signal.input(InputRef.mix("energy"))), EPS);
        assertEquals(0.5, eval(Signal.input(InputRef.mix("energy")).interpolate()), EPS);
        assertEquals(0.0, eval(Signal.input(InputRef.mix("centroid"))), EPS);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("inputs.mix.centroid"), warnings.toString());
    }

    @Test
    void aMissingInputIsZeroAndWarnsOnceUntilItRecoversAndVanishesAgain() {
        AtomicReference<Signal> provided = new AtomicReference<>();
        InputRef ref = InputRef.stem("stem-drums", "energy");
        InputResolver resolver = r -> r.equals(ref) ? provided.get() : null;
        Signal drums = Signal.input(ref);

        frame(0, 0, resolver);
        assertEquals(0.0, eval(drums), EPS);
        assertEquals(0.0, eval(drums.interpolate()), EPS); // another node, same path: still one warning
        frame(0.1, 0.1, resolver);
        assertEquals(0.0, eval(drums), EPS);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("inputs.stems[\"stem-drums\"].energy"), warnings.get(0));

        provided.set(Signal.constant(0.7));
        frame(0.2, 0.1, resolver);
        assertEquals(0.7, eval(drums), EPS);
        frame(0.3, 0.1, resolver);
        assertEquals(0.7, eval(drums), EPS);
        assertEquals(1, warnings.size());

        provided.set(null);
        frame(0.4, 0.1, resolver);
        assertEquals(0.0, eval(drums), EPS);
        frame(0.5, 0.1, resolver);
        assertEquals(0.0, eval(drums), EPS);
        assertEquals(2, warnings.size(), warnings.toString());
    }

    @Test
    void aResolverIsAskedOncePerFramePerInputNode() {
        int[] asked = {0};
        InputResolver resolver = r -> {
            asked[0]++;
            return Signal.constant(1);
        };
        Signal in = Signal.input(InputRef.custom("sig-bass"));
        frame(0, 0, resolver);
        eval(in.add(in).mul(in));
        assertEquals(1, asked[0]);
    }

    /** A snapshot whose every input is a ramp 0, 1, … 9 at 100 Hz, counting the questions in {@code asked[0]}. */
    private record Snapshot(int[] asked) implements InputResolver {
        private static final SampledSignal RAMP = new SampledSignal(100, new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

        @Override
        public Signal resolve(InputRef ref) {
            asked[0]++;
            return Signal.sampled(RAMP);
        }

        @Override
        public boolean isSnapshot() {
            return true;
        }
    }

    @Test
    void anInputReadFromASnapshotResolvesOnceForAsLongAsItIsReadAndAgainForANewSnapshot() {
        int[] asked = {0};
        Signal in = Signal.input(InputRef.mix("energy")).interpolate();
        Snapshot first = new Snapshot(asked);
        for (int f = 0; f < 3 * EvalContext.STATE_TTL_FRAMES; f++) { // across many sweeps of unused state
            frame(0.05, 1 / 60.0, first);
            assertEquals(5, eval(in.add(in)) / 2, EPS);
        }
        assertEquals(1, asked[0], "resolved once while the same snapshot is read");
        Snapshot second = new Snapshot(asked);
        frame(0.07, 1 / 60.0, second);
        assertEquals(7, eval(in), EPS);
        assertEquals(2, asked[0], "a new snapshot is asked again");
        assertEquals(7, eval(in), EPS);
        assertEquals(2, asked[0], "and its answer kept");
        // the input keeps the signal it read, not the snapshot (which holds every source's data): the snapshots go as
        // soon as nothing else holds them, the one it read last included, while the input is no longer read
        WeakReference<Snapshot> old = new WeakReference<>(first);
        WeakReference<Snapshot> last = new WeakReference<>(second);
        first = null;
        second = null;
        for (int f = 0; f < 2; f++) {
            frame(0.08, 1 / 60.0, new Snapshot(asked));
        }
        assertTrue(collected(old) && collected(last), "an input holds on to no snapshot");
    }

    /**
     * The resolution is kept per context and key too: an input rebuilt every frame (a chain written inside
     * {@code update}) and one node read by two contexts each resolve once per snapshot, not at every read.
     */
    @Test
    void inputsRebuiltEveryFrameOrReadByTwoContextsResolveOncePerSnapshot() {
        int[] asked = {0};
        InputResolver snapshot = new Snapshot(asked);
        for (int f = 0; f < 100; f++) {
            frame(0.05, 1 / 60.0, snapshot);
            assertEquals(5, eval(Signal.input(InputRef.mix("energy")).interpolate()), EPS);
        }
        assertEquals(1, asked[0], "an input rebuilt every frame resolves once");

        EvalContext other = new EvalContext(warnings::add);
        Signal shared = Signal.input(InputRef.mix("energy")).interpolate();
        for (int f = 0; f < 100; f++) {
            frame(0.05, 1 / 60.0, snapshot);
            other.beginFrame(new Transport(0.03, 1 / 60.0, f), snapshot, BeatGrid.NONE);
            assertEquals(5, eval(shared), EPS);
            assertEquals(3, shared.evaluate(other), EPS);
        }
        assertEquals(2, asked[0], "one node read by two contexts resolves once more, for the other context");
    }

    /** Whether the referent is garbage: collections until it is cleared, for at most five seconds. */
    private static boolean collected(WeakReference<?> ref) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (ref.get() != null && System.nanoTime() < end) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return ref.get() == null;
    }

    // ---- value() and the thread binding --------------------------------------------------------------------

    @Test
    void valueOutsideAFrameThrowsAClearIllegalStateException() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Signal.constant(1).value());
        assertTrue(e.getMessage().contains("Signal.value()") && e.getMessage().contains("while a script runs"),
                e.getMessage());
    }

    @Test
    void valueInsideCallWithUsesTheBoundContextAndTheBindingIsRestored() {
        frame(3.0, 0, InputResolver.NONE);
        EvalContext other = new EvalContext(warnings::add);
        other.beginFrame(new Transport(7.0, 0, 0), InputResolver.NONE, BeatGrid.NONE);
        Signal time = Signal.timing("time");

        double[] inner = new double[2];
        double outer = ctx.callWith(() -> {
            inner[0] = other.callWith(time::value);
            inner[1] = time.value();
            return time.value();
        });
        assertEquals(7.0, inner[0], EPS);
        assertEquals(3.0, inner[1], EPS);
        assertEquals(3.0, outer, EPS);
        assertThrows(IllegalStateException.class, time::value);
    }

    // ---- timing -------------------------------------------------------------------------------------------

    @Test
    void timingSignalsFollowTheTransportAndTheBeatGrid() {
        BeatGrid grid = BeatGrid.of(List.of(new TempoSegment(0, 10, 120, 0.5)));
        ctx.beginFrame(new Transport(0.25, 1 / 60.0, 15), InputResolver.NONE, grid);
        assertEquals(0.25, eval(Signal.timing("time")), EPS);
        assertEquals(1 / 60.0, eval(Signal.timing("dt")), EPS);
        assertEquals(-0.5, eval(Signal.timing("beatPosition")), EPS);
        assertEquals(-1.0, eval(Signal.timing("beatIndex")), EPS);
        assertEquals(0.5, eval(Signal.timing("beatPhase")), EPS);
        assertEquals(120.0, eval(Signal.timing("bpm")), EPS);

        ctx.beginFrame(new Transport(12, 1 / 60.0, 720), InputResolver.NONE, grid);
        assertEquals(24.0, eval(Signal.timing("beatPosition")), EPS);
        assertEquals(0.0, eval(Signal.timing("beatPhase")), EPS);
    }

    @Test
    void timingRejectsUnknownNamesListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Signal.timing("tempo"));
        assertTrue(e.getMessage().contains("tempo") && e.getMessage().contains("beatPhase"), e.getMessage());
        for (String name : Signal.TIMING_NAMES) {
            assertEquals("timing." + name, Signal.timing(name).key());
        }
    }
}
