package org.octoseq.mir.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    /**
     * @param json makes the generators that write a set's value arrays beforehand, on {@code parallelism}'s threads
     */
    AnalysisJson(JsonGenerator out, JsonFactory json, Parallelism parallelism) {
        this.out = out;
        this.json = json;
        this.parallelism = parallelism;
    }

    /** The fields of one analysed file (without the enclosing braces). */
    void track(String source, TrackAnalysis a, double analysisRate) throws IOException {
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
        List<SampledSignal> signals = List.copyOf(f.signals().values());
        String[] values = formatValues(signals);
        out.writeObjectFieldStart("signals");
        int i = 0;
        for (String name : f.signals().keySet()) { // the same order as values()
            out.writeObjectFieldStart(name);
            out.writeNumberField("rate", signals.get(i).rate());
            out.writeFieldName("values");
            out.writeRawValue(values[i]);
            out.writeEndObject();
            i++;
        }
        out.writeEndObject();
    }

    /**
     * The signals' values as JSON arrays, written side by side on the threads: the numbers are most of the output
     * (a quarter of a million for 10 minutes).
     */
    private String[] formatValues(List<SampledSignal> signals) {
        String[] texts = new String[signals.size()];
        parallelism.split(texts.length, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = json.createGenerator(w)) {
                    g.writeStartArray();
                    for (float v : signals.get(i).values()) {
                        g.writeNumber(Float.isFinite(v) ? v : 0f);
                    }
                    g.writeEndArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a StringWriter does not fail
                }
                texts[i] = w.toString();
            }
        });
        return texts;
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
