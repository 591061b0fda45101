package org.octoseq.mir.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.TestAudio;
import org.octoseq.mir.decode.DecodedAudio;

class EnergyEnvelopeTest {

    private static SampledSignal energy(float[] x, float rate) {
        return new EnergyEnvelope().compute(new DecodedAudio(x, rate, Path.of("test.wav")));
    }

    private static void assertSineRms(float rate, double hz, double amplitude) {
        SampledSignal e = energy(TestAudio.sine(rate, hz, amplitude, 2.0), rate);
        assertEquals(100.0, e.rate());
        assertEquals(200, e.length());
        double expected = amplitude / Math.sqrt(2);
        for (int i = 0; i < e.length(); i++) {
            assertEquals(expected, e.valueAt(i), expected * 0.01, "frame " + i);
        }
    }

    @Test
    void sineOfAmplitudeAGivesAOverRootTwo() {
        assertSineRms(44100, 440, 0.8);
        assertSineRms(48000, 1000, 0.25);
    }

    @Test
    void fractionalHopAt22050Hz() {
        assertSineRms(22050, 523.25, 0.5);
    }

    @Test
    void silenceIsZeroNotNaN() {
        SampledSignal e = energy(new float[44100], 44100);
        assertEquals(100, e.length());
        for (float v : e.values()) {
            assertFalse(Float.isNaN(v));
            assertEquals(0f, v);
        }
    }

    @Test
    void frameCountCoversAPartialLastFrame() {
        assertEquals(1, energy(new float[1], 44100).length());
        assertEquals(101, energy(new float[44101], 44100).length());
    }

    @Test
    void framesAreCentredOnTheirTime() {
        float rate = 44100;
        float[] x = new float[2 * (int) rate];
        float[] tone = TestAudio.sine(rate, 441, 0.6, 1.0);
        System.arraycopy(tone, 0, x, (int) rate, tone.length);  // silence for 1 s, then the tone
        SampledSignal e = energy(x, rate);
        double full = 0.6 / Math.sqrt(2);
        assertEquals(0.0, e.valueAt(98), 1e-9);
        assertEquals(full * Math.sqrt(0.5), e.valueAt(100), full * 0.01);  // half the window hears the tone
        assertEquals(full, e.valueAt(102), full * 0.01);
    }
}
