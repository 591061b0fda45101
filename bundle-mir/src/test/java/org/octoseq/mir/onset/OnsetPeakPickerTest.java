package org.octoseq.mir.onset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.octoseq.api.signal.Event;

class OnsetPeakPickerTest {

    @Test
    void picksIsolatedPeaksWithRelativeWeights() {
        float[] o = new float[300];
        o[50] = 1f;
        o[49] = 0.5f;
        o[51] = 0.5f;
        o[150] = 0.5f;
        o[250] = 0.25f;
        List<Event> e = new OnsetPeakPicker().pick(o, 100);
        assertEquals(3, e.size());
        assertEquals(0.5, e.get(0).time(), 1e-9);
        assertEquals(1.0, e.get(0).weight(), 1e-9);
        assertEquals(1.5, e.get(1).time(), 1e-9);
        assertEquals(0.5, e.get(1).weight(), 1e-9);
        assertEquals(0.25, e.get(2).weight(), 1e-9);
    }

    @Test
    void flatOrSilentEnvelopesGiveNothing() {
        assertTrue(new OnsetPeakPicker().pick(new float[500], 100).isEmpty());
        float[] flat = new float[500];
        java.util.Arrays.fill(flat, 0.3f);
        assertTrue(new OnsetPeakPicker().pick(flat, 100).isEmpty());
    }

    @Test
    void peaksCloserThanTheMinimumGapCountOnce() {
        float[] o = new float[200];
        o[100] = 1f;
        o[102] = 0.9f;
        assertEquals(1, new OnsetPeakPicker().pick(o, 100).size());
    }
}
