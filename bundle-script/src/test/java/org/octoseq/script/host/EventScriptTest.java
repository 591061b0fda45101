package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;

/** Spec §9.8–§9.10 through real scripts: event streams, envelopes, distances, extraction, musical time. */
class EventScriptTest {

    private static final double DT = 1 / 60.0;

    @TempDir
    Path dir;

    @Test
    void items92to95_queriesFiltersAndEventFields() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir).customEvents("hits", 2, 0.2, 1, 0.1, 3, 0.3)
                .customEvents("four", 0.5, 0.1, 1, 0.5, 1.5, 0.7, 2, 0.9).customEvents("one", 1.25, 0.5)) {
            h.load("""
                    var hits = inputs.customEvents['hits'], empty = inputs.mix.beatCandidates;
                    var four = inputs.customEvents['four'], e = inputs.customEvents['one'].get(0);
                    log.info('92 ' + hits.get(0).time + ' ' + hits.to_array().map(function (x) { return x.time; }).join(','));
                    log.info('93 ' + empty.len() + ' ' + empty.is_empty() + ' ' + (empty.get(0) === undefined) + ' '
                             + empty.time_span().length + ' ' + empty.max_weight() + ' ' + empty.min_weight()
                             + ' ' + Array.isArray(empty.time_span()) + ' ' + hits.time_span().join(','));
                    log.info('93b ' + (hits.get(-1) === undefined) + ' ' + (hits.get(3) === undefined) + ' '
                             + hits.max_weight() + ' ' + hits.min_weight() + ' ' + hits.len());
                    log.info('94 ' + four.filter_time(1, 2).to_array().map(function (x) { return x.time; }).join(',')
                             + ' ' + four.filter_weight(0.5).len() + ' ' + four.limit(2).len() + ' ' + four.limit(-1).len()
                             + ' ' + four.limit(10).len());
                    log.info('95 ' + e.cluster_id + ' ' + e.beat_position + ' ' + e.beat_phase + ' ' + e.weight + ' '
                             + Object.keys(e).join(','));
                    """);
            List<String> logs = h.logs();
            assertTrue(logs.contains("92 1 1,2,3"), logs.toString());
            assertTrue(logs.contains("93 0 true true 0 0 0 true 1,3"), logs.toString());
            assertTrue(logs.contains("93b true true 0.3 0.1 3"), logs.toString());
            assertTrue(logs.contains("94 1,1.5 3 2 0 4"), logs.toString());
            assertTrue(logs.contains("95 -1 2.5 0.5 0.5 beat_phase,beat_position,cluster_id,time,weight"), logs.toString());
        }
    }

    @Test
    void items96to102_envelopes() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir).customEvents("one", 1.0, 0.8).customEvents("both", 1.0, 0.3, 1.0, 0.4)
                .customEvents("unit", 1.0, 1).customEvents("half", 1.0, 0.5).customEvents("steps", 1, 0.5, 2, 0.25)
                .customEvents("close", 1.0, 0.3, 1.1, 0.6)) {
            h.loadProbing("""
                    var ev = inputs.customEvents;
                    function ease(name) {
                      return ev['unit'].to_signal({envelope: 'attack_decay', attack_beats: 1, easing: name});
                    }
                    var S = {imp: ev['one'].to_signal(), sum: ev['both'].to_signal(), alias: ev['both'].impulse(),
                      ad: ev['one'].to_signal({envelope: 'attack_decay', attack_beats: 0.1, decay_beats: 0.5}),
                      adsr: ev['unit'].to_signal({envelope: 'adsr'}),
                      gauss: ev['half'].to_signal({envelope: 'gaussian'}),
                      expo: ev['half'].to_signal({envelope: 'exponential_decay'}),
                      stepSum: ev['steps'].to_signal({envelope: 'step'}),
                      stepMax: ev['steps'].to_signal({envelope: 'step', overlap_mode: 'max'}),
                      quadOut: ease('quadratic_out'), expOut: ease('exponential_out'), cubicInOut: ease('cubic_in_out'),
                      elastic: ease('elastic'),
                      odd: ev['one'].to_signal({envelope: 'wobble', easing: 'bouncy', overlap_mode: 'avg', overlap: 'max'}),
                      grouped: ev['close'].to_signal({envelope: 'attack_decay', group_within_beats: 0.5, merge_mode: 'max'})};
                    """);
            h.expect(1.005, 0.02, Map.of("imp", 0.8, "odd", 0.8), 1e-9);
            h.expect(1.015, 0.02, Map.of("imp", 0.0), 1e-9);
            h.expect(1.0, 0.02, Map.of("sum", 0.7, "alias", 0.7), 1e-9);
            h.expect(1.025, DT, Map.of("ad", 0.4, "adsr", 0.5, "grouped", 0.3), 1e-4);
            h.expect(1.05, DT, Map.of("ad", 0.8, "grouped", 0.6), 1e-4);
            h.expect(1.175, DT, Map.of("ad", 0.4, "adsr", 0.85), 1e-4);
            h.expect(1.30, DT, Map.of("ad", 0.0, "grouped", 0.0), 1e-4);
            h.expect(0.99, DT, Map.of("ad", 0.0), 1e-4);
            h.expect(1.4, DT, Map.of("adsr", 0.7), 1e-4);
            h.expect(1.625, DT, Map.of("adsr", 0.35), 1e-4);
            h.expect(1.75, DT, Map.of("adsr", 0.0), 1e-4);
            h.expect(1.0625, DT, Map.of("gauss", 0.6065307 * 0.5), 1e-6);
            h.expect(0.9375, DT, Map.of("gauss", 0.6065307 * 0.5), 1e-6);
            h.expect(1.25, DT, Map.of("expo", 0.0497871 * 0.5, "quadOut", 0.75, "expOut", 0.96875, "elastic", 1.015625),
                    1e-6);
            h.expect(1.125, DT, Map.of("cubicInOut", 0.0625), 1e-6);
            h.expect(2.5, DT, Map.of("stepSum", 0.75, "stepMax", 0.5), 1e-9);
            List<String> warnings = h.diagnostics();
            for (String bad : List.of("'wobble'", "'bouncy'", "'avg'", "'overlap'")) {
                assertTrue(warnings.stream().anyMatch(w -> w.contains(bad)), bad + " not warned: " + warnings);
            }
        }
    }

    @Test
    void items103to106_distancesCountsAndDensities() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir).customEvents("e", 1.0, 1, 2.0, 1)) {
            h.loadProbing("""
                    var e = inputs.customEvents['e'], none = inputs.mix.onsetPeaks;
                    var S = {sFrom: e.seconds_from_prev(), bFrom: e.beats_from_prev(), fFrom: e.frames_from_prev(),
                      sTo: e.seconds_to_next(), bTo: e.beats_to_next(), fTo: e.frames_to_next(), phase: e.beat_phase_between(),
                      cPrevS: e.count_prev_seconds(1), cNextS: e.count_next_seconds(1), cPrevB: e.count_prev_beats(2),
                      dPrevS: e.density_prev_seconds(2), c0: e.count_prev_seconds(0),
                      cSig: e.count_prev_seconds(gen.constant(1).add(1)), dPrevB: e.density_prev_beats(4),
                      cNextB: e.count_next_beats(2), dNextS: e.density_next_seconds(2), dNextB: e.density_next_beats(4),
                      cPrevF: e.count_prev_frames(30), cNextF: e.count_next_frames(60), probeSig: e.probe('hits'),
                      nFrom: none.seconds_from_prev(), nTo: none.seconds_to_next(), nPhase: none.beat_phase_between(),
                      nCount: none.count_prev_seconds(1), nDensity: none.density_next_beats(1), nBTo: none.beats_to_next()};
                    """);
            h.expect(1.5, 0.1, Map.of("sFrom", 0.5, "bFrom", 1.0, "sTo", 0.5, "bTo", 1.0, "phase", 0.5, "fFrom", 5.0,
                    "fTo", 5.0), 1e-9);
            h.expect(0.5, 0.1, Map.of("sFrom", 0.5, "phase", 0.0), 1e-9);
            h.expect(2.5, 0.1, Map.of("phase", 1.0, "sTo", 7.5, "nFrom", 0.0, "nTo", 0.0, "nPhase", 0.0, "nCount", 0.0,
                    "nDensity", 0.0, "nBTo", 0.0), 1e-9);
            h.expect(1.0, 0.1, Map.of("sFrom", 0.0, "phase", 0.0, "cNextS", 1.0, "probeSig", 1.0), 1e-9);
            h.expect(2.0, DT, Map.of("cPrevS", 1.0, "cPrevB", 1.0), 0);
            h.expect(2.5, DT, Map.of("dPrevS", 1.0, "c0", 0.0, "cSig", 2.0, "dPrevB", 0.5), 1e-12);
            h.expect(1.5, DT, Map.of("cNextB", 1.0, "dNextS", 0.5, "dNextB", 0.25, "cNextF", 1.0), 1e-12);
            h.expect(2.5, 1 / 30.0, Map.of("cPrevF", 1.0), 0);
        }
    }

    private static double[] peaks(double... centreHeightHalf) {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            double t = i / 1000.0;
            v[i] = 0.1;
            for (int p = 0; p < centreHeightHalf.length; p += 3) {
                double d = Math.abs(t - centreHeightHalf[p]);
                if (d < centreHeightHalf[p + 2]) {
                    v[i] = Math.max(v[i], centreHeightHalf[p + 1] * (1 - d / centreHeightHalf[p + 2]));
                }
            }
        }
        return v;
    }

    @Test
    void items107to111_pickEventsReturnsARealStreamToTheScript() throws Exception {
        double[] one = new double[1000];
        for (int i = 0; i < one.length; i++) {
            double t = i / 1000.0;
            one[i] = Math.abs(t - 0.503) < 0.1 ? 1 - 5 * Math.abs(t - 0.503) : 0.1;
        }
        try (ScriptHarness h = new ScriptHarness(dir).duration(1).mix("one", 1000, one)
                .mix("three", 1000, peaks(0.25, 1, 0.05, 0.5, 1, 0.05, 0.75, 1, 0.05))
                .mix("close", 1000, peaks(0.4, 0.6, 0.02, 0.45, 1, 0.02))
                .mix("weights", 1000, peaks(0.2, 0.5, 0.05, 0.5, 1.0, 0.05, 0.8, 0.75, 0.05))
                .mix("busy", 1000, peaks(0.1, 0.7, 0.03, 0.3, 1, 0.04, 0.6, 0.4, 0.05, 0.85, 0.9, 0.03))) {
            h.load("""
                    function desc(s) {
                      return s.len() + ':' + s.to_array().map(function (e) { return e.time.toFixed(3) + '/' + e.weight.toFixed(2); }).join(',');
                    }
                    var loose = {min_threshold: 0, adaptive_factor: 0};
                    var m = inputs.mix;
                    var single = m.one.interpolate().pick.events(loose);
                    log.info('108 ' + desc(single) + ' ' + single.get(0).beat_position.toFixed(2));
                    log.info('109 ' + m.three.interpolate().pick.events({hysteresis_beats: 0.1, min_threshold: 0, adaptive_factor: 0}).len()
                             + ' ' + desc(m.close.interpolate().pick.events({hysteresis_beats: 0.5, min_threshold: 0, adaptive_factor: 0})));
                    log.info('107 ' + (desc(m.busy.interpolate().pick.events({})) === desc(m.busy.interpolate().pick.events({
                               hysteresis_beats: 0.25, target_density: 1, similarity_tolerance: 0.15, phase_bias: 0,
                               min_threshold: 0.1, adaptive_factor: 0.5, weight_mode: 'peak_height', energy_window_beats: 0.25})))
                             + ' ' + (desc(m.busy.interpolate().pick.events()) === desc(m.busy.interpolate().pick.events({}))));
                    log.info('110 ' + desc(m.busy.interpolate().pick.events()));
                    log.info('111 ' + desc(m.weights.interpolate().pick.events({hysteresis_beats: 0.1, min_threshold: 0, adaptive_factor: 0})));
                    var pulses = m.one.interpolate().pick.events(loose).to_signal({envelope: 'attack_decay'});
                    function update(dt, frame) { probe('pulse', pulses); }
                    """);
            List<String> logs = h.logs();
            String single = logs.stream().filter(l -> l.startsWith("108 ")).findFirst().orElseThrow();
            assertTrue(single.matches("108 1:0\\.50\\d/1\\.00 1\\.0\\d"), single);
            assertTrue(logs.stream().anyMatch(l -> l.matches("109 3 1:0\\.45\\d/1\\.00")), logs.toString());
            assertTrue(logs.contains("107 true true"), logs.toString());
            assertTrue(logs.contains("111 3:0.200/0.50,0.500/1.00,0.800/0.75"), logs.toString());
            String first = logs.stream().filter(l -> l.startsWith("110 ")).findFirst().orElseThrow();
            assertTrue(!first.startsWith("110 0:"), first);
            // item 110 across runs: a second session gives the same events
            try (ScriptHarness again = new ScriptHarness(dir.resolve("again")).duration(1)
                    .mix("busy", 1000, peaks(0.1, 0.7, 0.03, 0.3, 1, 0.04, 0.6, 0.4, 0.05, 0.85, 0.9, 0.03))) {
                again.load("var s = inputs.mix.busy.interpolate().pick.events();\nlog.info('110 ' + s.len() + ':' + s.to_array()"
                        + ".map(function (e) { return e.time.toFixed(3) + '/' + e.weight.toFixed(2); }).join(','));\n");
                assertTrue(again.logs().contains(first), again.logs() + " vs " + first);
            }
            double peak = 0;
            for (double t = 0.45; t < 0.8; t += 0.01) {
                peak = Math.max(peak, h.frame(t, 0.01).get("pulse"));
            }
            assertTrue(peak > 0.9, "the extracted event drives an envelope in playback: " + peak);
        }
    }

    @Test
    void items112to115_musicalTime() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir).grid(BeatGrid.of(List.of(new TempoSegment(0, 10, 120, 0.5))))) {
            h.loadProbing("var S = {pos: timing.beatPosition, index: timing.beatIndex, phase: timing.beatPhase, bpm: timing.bpm};");
            h.expect(1.0, DT, Map.of("pos", 1.0, "index", 1.0, "phase", 0.0, "bpm", 120.0), 1e-9);
            h.expect(0.75, DT, Map.of("pos", 0.5), 1e-9);
            h.expect(0.25, DT, Map.of("pos", -0.5, "index", -1.0, "phase", 0.5), 1e-9);
            h.expect(12, DT, Map.of("pos", 24.0, "index", 24.0, "bpm", 120.0), 1e-9);
        }
        try (ScriptHarness h = new ScriptHarness(dir.resolve("none"))) {
            h.loadProbing("var S = {pos: timing.beatPosition, bpm: timing.bpm};");
            h.expect(1.0, DT, Map.of("pos", 2.0, "bpm", 120.0), 1e-9);
        }
        double[] every = new double[80];
        for (int i = 0; i < 40; i++) {
            every[2 * i] = i * 0.25;
            every[2 * i + 1] = 1;
        }
        List<TempoSegment> two = new ArrayList<>(List.of(new TempoSegment(0, 5, 60, 0), new TempoSegment(5, 10, 120, 5)));
        try (ScriptHarness h = new ScriptHarness(dir.resolve("two")).grid(BeatGrid.of(two)).customEvents("q", every)) {
            h.loadProbing("var S = {count: inputs.customEvents['q'].count_prev_beats(1)};");
            h.expect(4.0, DT, Map.of("count", 4.0), 0);
            h.expect(6.0, DT, Map.of("count", 2.0), 0);
        }
    }
}
