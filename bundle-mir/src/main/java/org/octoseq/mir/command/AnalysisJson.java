package org.octoseq.mir.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.time.TempoSegment;
import org.octoseq.mir.analysis.FeatureSet;
import org.octoseq.mir.analysis.TrackAnalysis;
import org.octoseq.mir.concurrent.Parallelism;
import org.octoseq.mir.tempo.TempoAnalysis;

/**
 * Writes analyses in the {@code analyze --json} format of DESIGN section 8: {@code tempo}, {@code events} and
 * {@code signals} objects, times in seconds, every number finite.
 */
final class AnalysisJson {

    private final JsonGenerator out;
    private final JsonFactory json;
    private final Parallelism parallelism;
    /** The current track's signal value arrays already written as JSON arrays, by identity. */
    private Map<float[], String> formatted = Map.of();

    /**
     * @param json makes the generators that write value arrays beforehand, on {@code parallelism}'s threads
     */
    AnalysisJson(JsonGenerator out, JsonFactory json, Parallelism parallelism) {
        this.out = out;
        this.json = json;
        this.parallelism = parallelism;
    }

    /**
     * The signal values of {@code sets} as JSON arrays, written side by side on {@code parallelism}'s threads: the
     * numbers are most of the output (a quarter of a million for 10 minutes).
     */
    private static Map<float[], String> formatValues(JsonFactory json, List<FeatureSet> sets, Parallelism parallelism) {
        List<float[]> arrays = new ArrayList<>();
        for (FeatureSet f : sets) {
            f.signals().values().forEach(s -> arrays.add(s.values()));
        }
        String[] texts = new String[arrays.size()];
        parallelism.split(texts.length, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = json.createGenerator(w)) {
                    values(g, arrays.get(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a StringWriter does not fail
                }
                texts[i] = w.toString();
            }
        });
        Map<float[], String> out = new IdentityHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            out.put(arrays.get(i), texts[i]);
        }
        return out;
    }

    private static void values(JsonGenerator g, float[] values) throws IOException {
        g.writeStartArray();
        for (float v : values) {
            g.writeNumber(Float.isFinite(v) ? v : 0f);
        }
        g.writeEndArray();
    }

    /**
     * The fields of one analysed file (without the enclosing braces). Its value arrays, and its bands' (written
     * next with {@link #features}), are formatted first, side by side; one track's at a time, to hold little memory.
     */
    void track(String source, TrackAnalysis a, double analysisRate) throws IOException {
        List<FeatureSet> sets = new ArrayList<>();
        sets.add(a.source());
        sets.addAll(a.bands());
        formatted = formatValues(json, sets, parallelism);
        out.writeStringField("source", source);
        out.writeNumberField("durationSec", a.durationSec());
        number("sampleRate", a.sampleRate());
        out.writeNumberField("analysisSampleRate", analysisRate);
        features(a.source());
    }

    /** {@code tempo}, {@code events} and {@code signals} of one source or band. */
    void features(FeatureSet f) throws IOException {
        tempo(f.tempo());
        out.writeObjectFieldStart("events");
        for (Map.Entry<String, EventStream> e : f.events().entrySet()) {
            events(e.getKey(), e.getValue().events());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("signals");
        for (Map.Entry<String, SampledSignal> s : f.signals().entrySet()) {
            out.writeObjectFieldStart(s.getKey());
            out.writeNumberField("rate", s.getValue().rate());
            String text = formatted.get(s.getValue().values());
            out.writeFieldName("values");
            if (text != null) {
                out.writeRawValue(text);
            } else {
                values(out, s.getValue().values());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void tempo(TempoAnalysis t) throws IOException {
        out.writeObjectFieldStart("tempo");
        out.writeNumberField("bpm", t.bpm());
        out.writeNumberField("confidence", t.confidence());
        out.writeNumberField("beatOffsetSec", t.beatOffsetSec());
        out.writeArrayFieldStart("segments");
        for (TempoSegment s : t.grid().segments()) {
            out.writeStartObject();
            out.writeNumberField("startSec", s.startSec());
            out.writeNumberField("endSec", s.endSec());
            out.writeNumberField("bpm", s.bpm());
            out.writeNumberField("phaseOffsetSec", s.phaseOffsetSec());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void events(String name, List<Event> events) throws IOException {
        out.writeArrayFieldStart(name);
        for (Event e : events) {
            out.writeStartObject();
            out.writeNumberField("time", e.time());
            out.writeNumberField("weight", e.weight());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void number(String field, float v) throws IOException {
        if (v == Math.rint(v)) {
            out.writeNumberField(field, (long) v);
        } else {
            out.writeNumberField(field, v);
        }
    }
}
