package org.octoseq.mir.pkg;

import java.util.List;
import org.octoseq.mir.events.AuthoredEvent;
import org.octoseq.mir.precomputed.SignalData;
import org.octoseq.mir.project.FieldException;

/**
 * An Octoseq "interpretation package" v1 (script API spec, Appendix C): everything the Octoseq web app pushes into its
 * engine, as one JSON file. Keys are camelCase, unknown keys are ignored, missing collections mean "nothing";
 * {@code formatVersion} other than 1 is an error. Event elements are {@code {time, weight, beat_position?,
 * beat_phase?, cluster_id?}} (nulls allowed).
 *
 * @param formatVersion        1 (required)
 * @param createdAt            informational
 * @param projectName          the show's name
 * @param durationSec          the track's length
 * @param script               the active script (Rhai), or null
 * @param signals              mix signals under their pushed names
 * @param bandSignals          band signals by band id and feature
 * @param stemSignals          stem signals by stem id and feature
 * @param customSignals        custom signals (raw values)
 * @param composedSignals      composed (drawn) signals by name
 * @param eventStreams         named mix event streams ({@code beatCandidates}, {@code onsetPeaks})
 * @param authoredEventStreams authored event streams
 * @param bandEvents           band onset peaks by band id
 * @param musicalTime          the beat grid
 * @param frequencyBands       band geometry and ownership
 * @param availableStems       {@code [[id, label], ...]}
 */
public record InterpretationPackage(Integer formatVersion, String createdAt, String projectName, Double durationSec,
                                    String script, List<Signal> signals, List<BandSignal> bandSignals,
                                    List<StemSignal> stemSignals, List<CustomSignal> customSignals,
                                    List<Signal> composedSignals, List<Events> eventStreams,
                                    List<Events> authoredEventStreams, List<BandEvents> bandEvents,
                                    MusicalTime musicalTime, FrequencyBands frequencyBands,
                                    List<List<String>> availableStems) {

    public InterpretationPackage {
        if (formatVersion == null || formatVersion != 1) {
            throw new FieldException("formatVersion", (formatVersion == null ? "is required" : "is " + formatVersion)
                    + "; only interpretation packages of format version 1 can be imported");
        }
        signals = list("signals", signals);
        bandSignals = list("bandSignals", bandSignals);
        stemSignals = list("stemSignals", stemSignals);
        customSignals = list("customSignals", customSignals);
        composedSignals = list("composedSignals", composedSignals);
        eventStreams = list("eventStreams", eventStreams);
        authoredEventStreams = list("authoredEventStreams", authoredEventStreams);
        bandEvents = list("bandEvents", bandEvents);
        availableStems = list("availableStems", availableStems);
        for (int i = 0; i < availableStems.size(); i++) {
            List<String> pair = availableStems.get(i);
            if (pair.size() != 2 || pair.get(0) == null || pair.get(0).isBlank()) {
                throw new FieldException("availableStems[" + i + "]", "must be [id, label]");
            }
        }
    }

    private static <T> List<T> list(String field, List<T> items) {
        if (items == null) {
            return List.of();
        }
        int i = items.indexOf(null);
        if (i >= 0) {
            throw new FieldException(field + "[" + i + "]", "must not be null");
        }
        return List.copyOf(items);
    }

    /** A named signal (mix or composed). */
    public record Signal(String name, Double rate, float[] values) {
        public Signal {
            FieldException.requireText("name", name);
            new SignalData(rate, values);
        }

        public SignalData data() {
            return new SignalData(rate, values);
        }
    }

    /** One feature of one band. */
    public record BandSignal(String bandId, String label, String feature, Double rate, float[] values) {
        public BandSignal {
            FieldException.requireText("bandId", bandId);
            FieldException.requireText("feature", feature);
            new SignalData(rate, values);
        }

        public SignalData data() {
            return new SignalData(rate, values);
        }
    }

    /** One feature of one stem. */
    public record StemSignal(String stemId, String label, String feature, Double rate, float[] values) {
        public StemSignal {
            FieldException.requireText("stemId", stemId);
            FieldException.requireText("feature", feature);
            new SignalData(rate, values);
        }

        public SignalData data() {
            return new SignalData(rate, values);
        }
    }

    /** A custom signal. */
    public record CustomSignal(String id, String name, Double rate, float[] values) {
        public CustomSignal {
            FieldException.requireText("id", id);
            new SignalData(rate, values);
        }

        public SignalData data() {
            return new SignalData(rate, values);
        }
    }

    /** A named event stream ({@code id} is not in the v1 format, but accepted). */
    public record Events(String id, String name, List<AuthoredEvent> events) {
        public Events {
            FieldException.requireText("name", name);
            events = list("events", events);
        }
    }

    /** A band's onset events. */
    public record BandEvents(String bandId, List<AuthoredEvent> events) {
        public BandEvents {
            FieldException.requireText("bandId", bandId);
            events = list("events", events);
        }
    }

    /** The musical time structure: tempo segments. */
    public record MusicalTime(Integer version, List<Segment> segments) {
        public MusicalTime {
            segments = list("segments", segments);
        }
    }

    /**
     * A tempo segment; {@code phaseOffset} is the absolute time of beat 0 (spec section 5.1).
     */
    public record Segment(String id, Double bpm, Double phaseOffset, Double startTime, Double endTime) {
        public Segment {
            if (bpm == null || !(bpm > 0)) {
                throw new FieldException("bpm", "is required and must be > 0" + (bpm == null ? "" : ", got " + bpm));
            }
            if (startTime == null || endTime == null || !(endTime > startTime)) {
                throw new FieldException("endTime", "startTime and endTime are required, endTime after startTime");
            }
        }
    }

    /** The frequency bands: geometry and which source each belongs to. */
    public record FrequencyBands(Integer version, List<Band> bands) {
        public FrequencyBands {
            bands = list("bands", bands);
        }
    }

    /** A band's definition; {@code sourceId} is {@code mixdown} or a stem id. */
    public record Band(String id, String label, String sourceId, Boolean enabled, List<Shape> frequencyShape,
                       Integer sortOrder) {
        public Band {
            FieldException.requireText("id", id);
            frequencyShape = list("frequencyShape", frequencyShape);
        }
    }

    /** A stretch of a band's frequency edges (they may glide from start to end). */
    public record Shape(Double startTime, Double endTime, Double lowHzStart, Double highHzStart, Double lowHzEnd,
                        Double highHzEnd) { }
}
