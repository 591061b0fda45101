package org.octoseq.examples.stem;

import java.util.Map;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.osgi.service.component.annotations.Component;

/**
 * Example provider: a synthetic "Drums" stem. Drop this bundle into {@code bundles/} and a running script sees
 * {@code inputs.stems["Drums"]} (energy pulsing on every beat at 120 BPM for 60 s, and one onset per beat);
 * delete it and the stem disappears. This is all a third-party analysis bundle needs: one DS component
 * registering {@link AudioSourceAnalysis} with the three {@code octoseq.source.*} properties.
 */
@Component(property = {
        AudioSourceAnalysis.PROP_ID + "=stem-drums",
        AudioSourceAnalysis.PROP_LABEL + "=Drums",
        AudioSourceAnalysis.PROP_KIND + "=" + AudioSourceAnalysis.KIND_STEM})
public final class DrumsStem implements AudioSourceAnalysis {

    private static final double RATE = 100.0;
    private static final double SECONDS = 60.0;
    private static final double BEAT_SEC = 0.5;

    private final SampledSignal energy;
    private final EventStream onsets;

    public DrumsStem() {
        float[] values = new float[(int) (RATE * SECONDS)];
        for (int i = 0; i < values.length; i++) {
            double sinceBeat = (i / RATE) % BEAT_SEC;
            values[i] = (float) (0.1 + 0.8 * Math.exp(-sinceBeat * 10));
        }
        energy = new SampledSignal(RATE, values);
        java.util.List<Event> beats = new java.util.ArrayList<>();
        for (double t = 0; t < SECONDS; t += BEAT_SEC) {
            beats.add(Event.at(t, 1.0));
        }
        onsets = EventStream.of(beats);
    }

    @Override
    public double durationSec() {
        return SECONDS;
    }

    @Override
    public Map<String, SampledSignal> signals() {
        return Map.of("energy", energy);
    }

    @Override
    public Map<String, EventStream> events() {
        return Map.of("onsetPeaks", onsets);
    }
}
