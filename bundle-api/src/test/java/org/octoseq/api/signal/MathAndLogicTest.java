package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Spec §9.5 (item 58, the JavaScript operator TypeError, belongs to the script host). */
class MathAndLogicTest {

    private static final double EPS = 1e-4;
    private final Harness h = new Harness();
    private final Signal a = Signal.constant(2);
    private final Signal b = Signal.constant(6);

    private double v(Signal s) {
        return h.at(s, 1.0, 1 / 60.0);
    }

    /** {@code op} applied to a constant {@code x}. */
    private double of(double x, Function<Signal, Signal> op) {
        return v(op.apply(Signal.constant(x)));
    }

    @Test
    void item55_arithmetic() {
        assertEquals(8, v(a.add(b)), EPS);
        assertEquals(3, v(a.add(1)), EPS);
        assertEquals(-4, v(a.sub(b)), EPS);
        assertEquals(1, v(a.sub(1)), EPS);
        assertEquals(0.33333, v(a.div(b)), EPS);
        assertEquals(0.5, v(a.div(4)), EPS);
        assertEquals(12, v(a.scale(b)), EPS);
        assertEquals(6, v(a.scale(3)), EPS);
        assertEquals(8, v(a.offset(b)), EPS);
        assertEquals(-2, v(a.neg()), EPS);
        assertEquals(8, v(a.pow(3)), EPS);
        assertEquals(3, v(a.mix(b, 0.25)), EPS);
        assertEquals(3, v(a.lerp(b, 0.25)), EPS);
        assertEquals(12, v(a.mul(b)), EPS);
    }

    @Test
    void item56_numbersAcceptedEverywhere() {
        assertEquals(6, v(a.mul(3)), EPS);
        assertEquals(1, v(a.and(1)), EPS);
        assertEquals(1, v(Signal.constant(0).or(1)), EPS);
        assertEquals(4, v(a.mix(6)), EPS); // w defaults to 0.5
        assertEquals(3, v(a.lerp(6, 0.25)), EPS);
        assertEquals(5, v(Signal.select().when(1, 5).otherwise(7)), EPS);
        assertEquals(7, v(Signal.select().when(0, 5).otherwise(7)), EPS);
    }

    @Test
    void item57_divisionGuard() {
        assertEquals(0, v(a.div(0)), 0);
        assertEquals(0, v(a.div(1e-11)), 0);
    }

    @Test
    void item59_negativeBaseFractionalPowerIsNaN() {
        assertTrue(Double.isNaN(v(Signal.constant(-8).pow(1 / 3.0))));
    }

    @Test
    void item60_clamp() {
        assertEquals(1, of(1.5, s -> s.clamp(0, 1)), EPS);
        assertEquals(0, of(-0.5, s -> s.clamp(0, 1)), EPS);
        assertEquals(0.25, of(1.5, s -> s.clamp(Signal.constant(0), Signal.constant(0.25))), EPS);
    }

    @Test
    void item61_invertedClampBoundsReturnLo() {
        assertEquals(1, of(0.5, s -> s.clamp(1, 0)), EPS);
        assertEquals(0.5, of(0.5, s -> s.clamp(Double.NaN, Double.NaN)), EPS);
    }

    @Test
    void item62_roundSignFloorCeilAbs() {
        assertEquals(-3, of(-2.5, Signal::round), 0);
        assertEquals(3, of(2.5, Signal::round), 0);
        assertEquals(-2, of(-2.4, Signal::round), 0);
        assertEquals(0, of(0, Signal::sign), 0);
        assertEquals(-1, of(-3, Signal::sign), 0);
        assertEquals(1, of(4, Signal::sign), 0);
        assertEquals(0, of(Double.NaN, Signal::sign), 0);
        assertEquals(-3, of(-2.5, Signal::floor), 0);
        assertEquals(-2, of(-2.5, Signal::ceil), 0);
        assertEquals(2.5, of(-2.5, Signal::abs), 0);
    }

    @Test
    void item63_sigmoid() {
        assertEquals(0.7310586, of(0.6, s -> s.sigmoid(10)), 1e-6);
        assertEquals(0.5, of(0.5, s -> s.sigmoid(10)), 1e-6);
        assertEquals(0.2, of(0.2, s -> s.sigmoid(0)), 1e-6);
    }

    @Test
    void item64_trigExpLog() {
        assertEquals(1.5707963, of(2, Signal::asin), 1e-6);
        assertEquals(3.1415927, of(-3, Signal::acos), 1e-6);
        assertEquals(0, of(-4, Signal::sqrt), 0);
        assertEquals(-23.0258509, of(0, Signal::ln), 1e-6);
        assertEquals(3, of(8, s -> s.log(2)), 1e-9);
        assertEquals(0, of(8, s -> s.log(1)), 0);
        assertEquals(2.7182818, of(1, Signal::exp), 1e-6);
        assertEquals(2.3561945, v(Signal.constant(1).atan2(Signal.constant(-1))), 1e-6);
        assertEquals(Math.sin(0.3), of(0.3, Signal::sin), 1e-12);
        assertEquals(Math.cos(0.3), of(0.3, Signal::cos), 1e-12);
        assertEquals(Math.tan(0.3), of(0.3, Signal::tan), 1e-12);
        assertEquals(Math.atan(0.3), of(0.3, Signal::atan), 1e-12);
    }

    @Test
    void item65_moduloRemWrap() {
        assertEquals(0.75, of(-0.25, s -> s.modulo(1)), EPS);
        assertEquals(-0.25, of(-0.25, s -> s.rem(1)), EPS);
        assertEquals(0, of(-0.25, s -> s.modulo(0)), 0);
        assertEquals(0, of(-0.25, s -> s.rem(0)), 0);
        assertEquals(0.75, of(-0.25, s -> s.wrap(0, 1)), EPS);
        assertEquals(2, of(17.3, s -> s.wrap(2, 1)), 0);
        assertEquals(1.5, of(3.5, s -> s.wrap(1, 3)), EPS);
    }

    @Test
    void item66_fractIsAlwaysNonNegative() {
        assertEquals(0.75, of(-0.25, Signal::fract), EPS);
        assertEquals(0.75, of(1.75, Signal::fract), EPS);
    }

    @Test
    void item67_mapIsNotClamped() {
        assertEquals(-0.5, of(0.25, s -> s.map(0, 1, -1, 1)), EPS);
        assertEquals(3, of(2, s -> s.map(0, 1, -1, 1)), EPS);
        assertEquals(5, of(0.3, s -> s.map(1, 1, 5, 9)), EPS);
    }

    @Test
    void item68_smoothstep() {
        assertEquals(0.15625, of(0.35, s -> s.smoothstep(0.2, 0.8)), 1e-9);
        assertEquals(0, of(0.1, s -> s.smoothstep(0.2, 0.8)), 0);
        assertEquals(1, of(0.9, s -> s.smoothstep(0.2, 0.8)), 0);
        assertEquals(1, of(0.5, s -> s.smoothstep(0.5, 0.5)), 0);
        assertEquals(0, of(0.4, s -> s.smoothstep(0.5, 0.5)), 0);
    }

    @Test
    void item69_comparisons() {
        assertEquals(1, of(1 + 1e-7, s -> s.eq(1)), 0);
        assertEquals(0, of(1 + 2e-6, s -> s.eq(1)), 0);
        assertEquals(0, of(1 + 1e-7, s -> s.ne(1)), 0);
        assertEquals(1, of(1 + 2e-6, s -> s.ne(1)), 0);
        assertEquals(1, v(a.lt(b)), 0);
        assertEquals(1, v(a.lt(3)), 0);
        assertEquals(0, v(a.gt(b)), 0);
        assertEquals(1, v(a.gt(1)), 0);
        assertEquals(1, v(a.le(2)), 0);
        assertEquals(1, v(a.ge(Signal.constant(2))), 0);
        assertEquals(0, v(a.ge(2.5)), 0);
    }

    @Test
    void item70_truthinessIsGreaterThanZero() {
        assertEquals(0, v(Signal.constant(0.5).and(Signal.constant(-1))), 0);
        assertEquals(1, v(Signal.constant(0.5).or(Signal.constant(-1))), 0);
        assertEquals(1, of(0, Signal::not), 0);
        assertEquals(0, of(0.1, Signal::not), 0);
    }

    @Test
    void item71_selectEvaluatesOnlyTheChosenBranch() {
        Signal yes = Signal.constant(1);
        Signal no = Signal.constant(0);
        assertEquals(10, v(Signal.select().when(yes, 10).when(yes, 20).otherwise(30)), 0);
        assertEquals(20, v(Signal.select().when(no, 10).when(yes, 20).otherwise(30)), 0);
        assertEquals(30, v(Signal.select().when(no, 10).when(no, 20).otherwise(30)), 0);

        double dt = 1 / 60.0;
        Signal integral = Signal.constant(1).integrate(0);
        Signal pick = Signal.select().when(Signal.timing("time").ge(5 * dt - 1e-9), integral).otherwise(-1);
        double[] out = h.run(pick, 0, dt, 6);
        assertEquals(-1, out[4], 0);
        assertEquals(dt, out[5], 1e-12);
    }

    @Test
    void describeShowsTheStructure() {
        Signal s = Harness.mixIn("onsetEnvelope").getSmooth().exponential(0.1, 0.5).add(Signal.constant(1));
        assertEquals("Input(\"onsetEnvelope\").Smooth.Exponential(0.1, 0.5).Add(Constant(1))", s.describe());
        assertEquals(s.describe(), s.toString());
        assertTrue(Signal.select().when(1, 2).otherwise(3).describe().startsWith("Select(when("));
    }
}
