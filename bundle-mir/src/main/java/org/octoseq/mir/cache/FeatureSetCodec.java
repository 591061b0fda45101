package org.octoseq.mir.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;
import org.octoseq.mir.analysis.FeatureSet;
import org.octoseq.mir.tempo.TempoAnalysis;

/**
 * The binary form of a {@link FeatureSet}: signals as raw float arrays, events and the tempo as numbers, all
 * big-endian as {@link DataOutputStream} writes them. The tempo's beats are the
 * {@value FeatureSet#BEAT_CANDIDATES} stream and are stored once.
 */
final class FeatureSetCodec {

    private FeatureSetCodec() {
    }

    static void write(DataOutputStream out, FeatureSet f) throws IOException {
        out.writeInt(f.signals().size());
        for (Map.Entry<String, SampledSignal> s : f.signals().entrySet()) {
            out.writeUTF(s.getKey());
            out.writeDouble(s.getValue().rate());
            float[] v = s.getValue().values();
            out.writeInt(v.length);
            ByteBuffer b = ByteBuffer.allocate(v.length * 4);
            b.asFloatBuffer().put(v);
            out.write(b.array());
        }
        out.writeInt(f.events().size());
        for (Map.Entry<String, EventStream> e : f.events().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (Event ev : e.getValue().events()) {
                out.writeDouble(ev.time());
                out.writeDouble(ev.weight());
                out.writeDouble(ev.beatPosition());
                out.writeDouble(ev.beatPhase());
                out.writeInt(ev.clusterId());
            }
        }
        TempoAnalysis t = f.tempo();
        out.writeDouble(t.bpm());
        out.writeDouble(t.confidence());
        out.writeDouble(t.beatOffsetSec());
        out.writeInt(t.grid().segments().size());
        for (TempoSegment s : t.grid().segments()) {
            out.writeDouble(s.startSec());
            out.writeDouble(s.endSec());
            out.writeDouble(s.bpm());
            out.writeDouble(s.phaseOffsetSec());
        }
    }

    /** Reads what {@link #write} wrote; throws on anything malformed. */
    static FeatureSet read(ByteBuffer in) {
        Map<String, SampledSignal> signals = new LinkedHashMap<>();
        int n = count(in);
        for (int i = 0; i < n; i++) {
            String name = utf(in);
            double rate = in.getDouble();
            float[] v = new float[count(in)];
            in.asFloatBuffer().get(v);
            in.position(in.position() + v.length * 4);
            signals.put(name, new SampledSignal(rate, v));
        }
        Map<String, EventStream> events = new LinkedHashMap<>();
        n = count(in);
        for (int i = 0; i < n; i++) {
            String name = utf(in);
            int m = count(in);
            List<Event> list = new ArrayList<>(m);
            for (int k = 0; k < m; k++) {
                list.add(new Event(in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble(), in.getInt()));
            }
            events.put(name, EventStream.of(list));
        }
        double bpm = in.getDouble();
        double confidence = in.getDouble();
        double offset = in.getDouble();
        List<TempoSegment> segments = new ArrayList<>();
        n = count(in);
        for (int i = 0; i < n; i++) {
            segments.add(new TempoSegment(in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble()));
        }
        EventStream beats = events.getOrDefault(FeatureSet.BEAT_CANDIDATES, EventStream.empty());
        TempoAnalysis tempo = new TempoAnalysis(bpm, confidence, offset, BeatGrid.of(segments), beats.events());
        return new FeatureSet(signals, events, tempo);
    }

    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("bad count " + n);
        }
        return n;
    }

    private static String utf(ByteBuffer in) {
        int len = in.getShort() & 0xFFFF;
        byte[] b = new byte[len];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8); // names are ASCII, where modified UTF-8 is plain UTF-8
    }
}
