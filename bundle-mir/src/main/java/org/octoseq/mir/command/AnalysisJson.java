package org.octoseq.mir.command;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.time.TempoSegment;
import org.octoseq.mir.analysis.FeatureSet;
import org.octoseq.mir.analysis.TrackAnalysis;
import org.octoseq.mir.tempo.TempoAnalysis;

/**
 * Writes analyses in the {@code analyze --json} format of DESIGN section 8: {@code tempo}, {@code events} and
 * {@code signals} objects, times in seconds, every number finite.
 */
final class AnalysisJson {

    private final JsonGenerator out;

    AnalysisJson(JsonGenerator out) {
        this.out = out;
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
        out.writeObjectFieldStart("signals");
        for (Map.Entry<String, SampledSignal> s : f.signals().entrySet()) {
            out.writeObjectFieldStart(s.getKey());
            out.writeNumberField("rate", s.getValue().rate());
            out.writeArrayFieldStart("values");
            for (float v : s.getValue().values()) {
                out.writeNumber(Float.isFinite(v) ? v : 0f);
            }
            out.writeEndArray();
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
