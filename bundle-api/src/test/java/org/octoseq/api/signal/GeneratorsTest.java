package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;

/** Spec §9.4. */
class GeneratorsTest {

    private static final double EPS = 1e-4;
    private final Generators gen = new Generators();
    private final Harness h = new Harness();

    @Test
    void item47_sin() {
        assertEquals(0, h.at(gen.sin(1, 0), 0, 1 / 60.0), EPS);
        assertEquals(1, h.at(gen.sin(1, 0), 0.125, 1 / 60.0), EPS);
        assertEquals(1, h.at(gen.sin(1, 0.25), 0, 1 / 60.0), EPS);
    }

    @Test
    void item48_square() {
        assertEquals(1, h.at(gen.square(1, 0, 0.5), 0.125, 1 / 60.0), EPS);
        assertEquals(-1, h.at(gen.square(1, 0, 0.5), 0.375, 1 / 60.0), EPS);
    }

    @Test
    void item49_triangleAndSaw() {
        assertEquals(-1, h.at(gen.triangle(1, 0), 0, 1 / 60.0), EPS);
        assertEquals(0, h.at(gen.triangle(1, 0), 0.125, 1 / 60.0), EPS);
        assertEquals(1, h.at(gen.triangle(1, 0), 0.25, 1 / 60.0), EPS);
        assertEquals(-0.5, h.at(gen.saw(1, 0), 0.125, 1 / 60.0), EPS);
    }

    @Test
    void item50_whiteNoiseGoldenHashes() {
        assertEquals(0.9047256, h.at(gen.noise("white", 42), 1.0, 1 / 60.0), 1e-6);
        assertEquals(0.9047256, h.at(gen.noise("white", 42), 1.0, 0), 1e-6); // same t, next frame
        assertEquals(-1.0, h.at(gen.noise("white", 0), 0, 1 / 60.0), 1e-6);
        assertEquals(0.2506450, h.at(gen.noise("anything", 7), 0.5, 1 / 60.0), 1e-6);
    }

    @Test
    void item50_pinkNoiseIsStatefulAndBounded() {
        Signal pink = gen.noise("pink", 3);
        double[] v = h.run(pink, 0, 1 / 60.0, 600);
        for (double x : v) {
            assertEquals(0, x, 1.0);
        }
        // first frame: counter 1 → slot 0 holds white, output (white + white) / 17
        Harness fresh = new Harness();
        double white = NoiseHash.white(3, 0);
        assertEquals(2 * white / 17, fresh.at(gen.noise("pink", 3), 0, 1 / 60.0), 1e-12);
    }

    @Test
    void item51_perlin() {
        assertEquals(0.5, h.at(gen.perlin(1, 42), 0.25, 1 / 60.0), EPS);
        assertEquals(-0.328125, h.at(gen.perlin(1, 42), 0.625, 1 / 60.0), EPS);
        for (int b = 0; b < 8; b++) {
            assertEquals(0, h.at(gen.perlin(1, 42), b / 2.0, 1 / 60.0), EPS);
        }
    }

    @Test
    void item52_constant() {
        for (double v : h.run(gen.constant(3), 0, 1 / 60.0, 10)) {
            assertEquals(3, v, EPS);
        }
    }

    @Test
    void item53_optionalParametersDefault() {
        assertEquals(gen.sin(2, 0).key(), gen.sin(2).key());
        assertEquals(gen.square(1, 0, 0.5).key(), gen.square(1).key());
        assertEquals(gen.noise("white", 0).key(), gen.noise("white").key());
        assertEquals(gen.noise("white", 0).key(), gen.noise().key());
        assertEquals(gen.perlin(1, 0).key(), gen.perlin(1).key());
        assertEquals(h.at(gen.sin(2, 0), 0.1, 0), h.at(gen.sin(2), 0.1, 0), 0);
    }

    @Test
    void item54_generatorsFollowTheGrid() {
        h.grid(BeatGrid.of(List.of(new TempoSegment(0, 10, 120, 0.5))));
        assertEquals(-1, h.at(gen.saw(1, 0), 0.5, 1 / 60.0), EPS);
        assertEquals(-0.5, h.at(gen.saw(1, 0), 0.625, 1 / 60.0), EPS);
    }

    @Test
    void generatorParametersMayBeSignals() {
        Signal freq = Signal.constant(0.5).add(0.5);
        assertEquals(1, h.at(gen.sin(freq, Signal.constant(0)), 0.125, 0), EPS);
    }
}
