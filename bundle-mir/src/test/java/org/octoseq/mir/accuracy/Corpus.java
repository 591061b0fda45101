package org.octoseq.mir.accuracy;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.mir.Synth;

/** The synthesised accuracy corpus: each case with its exact onsets, beats and tempo. */
final class Corpus {

    static final float RATE = 44100;

    /**
     * One test file.
     *
     * @param bpm   the tempo a listener would tap (the first segment's when the tempo changes)
     * @param stems the stems the mix is the sum of (empty for single tracks), with their own onsets
     */
    record Case(String name, float[] audio, double bpm, List<Double> onsets, List<Double> beats, List<Stem> stems) { }

    record Stem(String name, float[] audio, List<Double> onsets) { }

    /** A drum groove on a beat grid; returns the beat times. */
    interface Groove {
        void bar(Synth s, double barStart, double beat);
    }

    static final Groove ROCK = (s, t, b) -> {
        s.kick(t, 1);
        s.snare(t + b, 0.7);
        s.kick(t + 2 * b, 1);
        s.snare(t + 3 * b, 0.7);
        for (int e = 0; e < 8; e++) {
            s.hat(t + e * b / 2, e % 2 == 0 ? 0.5 : 0.35);
        }
    };

    static final Groove HOUSE = (s, t, b) -> {
        for (int q = 0; q < 4; q++) {
            s.kick(t + q * b, 1);
            s.hat(t + q * b + b / 2, 0.4);
        }
        s.snare(t + b, 0.5);
        s.snare(t + 3 * b, 0.5);
    };

    static final Groove BREAK = (s, t, b) -> {
        s.kick(t, 1);
        s.snare(t + b, 0.8);
        s.kick(t + 2.5 * b, 0.9);
        s.snare(t + 3 * b, 0.8);
        for (int e = 0; e < 8; e++) {
            s.hat(t + e * b / 2, 0.3);
        }
    };

    static final Groove SWING = (s, t, b) -> {
        s.kick(t, 1);
        s.snare(t + b, 0.7);
        s.kick(t + 2 * b, 1);
        s.snare(t + 3 * b, 0.7);
        for (int q = 0; q < 4; q++) {
            s.hat(t + q * b, 0.45);
            s.hat(t + q * b + 2 * b / 3, 0.3);
        }
    };

    static final Groove METRONOME = (s, t, b) -> {
        for (int q = 0; q < 4; q++) {
            s.click(t + q * b, q == 0 ? 0.8 : 0.5);
        }
    };

    /** Bars of {@code groove} at {@code bpm} from {@code start} to {@code end} seconds; adds the beats. */
    static void play(Synth s, Groove groove, double bpm, double start, double end, List<Double> beats) {
        double b = 60 / bpm;
        for (double t = start; t + 4 * b <= end + 1e-9; t += 4 * b) {
            groove.bar(s, t, b);
            for (int q = 0; q < 4; q++) {
                beats.add(t + q * b);
            }
        }
    }

    static Case single(String name, Groove groove, double bpm, double seconds, long seed) {
        Synth s = new Synth(RATE, seconds, seed);
        List<Double> beats = new ArrayList<>();
        play(s, groove, bpm, 0.5, seconds - 0.5, beats);
        return new Case(name, s.samples(), bpm, s.onsets(), beats, List.of());
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(single("metronome 90", METRONOME, 90, 16, 1));
        cases.add(single("rock 120", ROCK, 120, 16, 2));
        cases.add(single("rock 90", ROCK, 90, 16, 14));
        cases.add(single("house 100", HOUSE, 100, 16, 15));
        cases.add(single("house 128", HOUSE, 128, 16, 3));
        cases.add(single("break 140", BREAK, 140, 16, 4));
        cases.add(single("drum&bass 174", BREAK, 174, 16, 5));
        cases.add(single("swing 100", SWING, 100, 16, 6));
        cases.add(tempoChange());
        cases.add(quietIntro());
        cases.add(noisy());
        cases.add(pad());
        cases.add(song());
        return cases;
    }

    static Case tempoChange() {
        Synth s = new Synth(RATE, 30, 7);
        List<Double> beats = new ArrayList<>();
        double b1 = 60 / 120.0;
        play(s, ROCK, 120, 0.5, 0.5 + 7 * 4 * b1, beats);
        play(s, ROCK, 140, 0.5 + 7 * 4 * b1, 29.5, beats);
        return new Case("tempo change 120->140", s.samples(), 120, s.onsets(), beats, List.of());
    }

    static Case quietIntro() {
        Synth s = new Synth(RATE, 20, 8);
        List<Double> beats = new ArrayList<>();
        play(s, ROCK, 110, 0.5, 19.5, beats);
        s.scaleBefore(0.5 + 3 * 4 * 60 / 110.0 - 0.01, Math.pow(10, -30 / 20.0));
        return new Case("quiet intro 110", s.samples(), 110, s.onsets(), beats, List.of());
    }

    static Case noisy() {
        Synth s = new Synth(RATE, 16, 9);
        List<Double> beats = new ArrayList<>();
        play(s, ROCK, 125, 0.5, 15.5, beats);
        s.noise(0.02);
        return new Case("noise 125", s.samples(), 125, s.onsets(), beats, List.of());
    }

    static Case pad() {
        Synth s = new Synth(RATE, 20, 10);
        List<Double> beats = new ArrayList<>();
        double bpm = 96;
        double b = 60 / bpm;
        double[][] chords = {{220, 277.2, 329.6}, {196, 246.9, 293.7}, {174.6, 220, 261.6}, {164.8, 207.7, 246.9}};
        int c = 0;
        for (double t = 0.5; t + 4 * b <= 19.5; t += 4 * b) {
            s.kick(t, 1);
            s.snare(t + b, 0.6);
            s.kick(t + 2 * b, 1);
            s.snare(t + 3 * b, 0.6);
            s.chord(t, 2 * b - 0.01, 0.5, chords[c++ % 4]);
            s.chord(t + 2 * b, 2 * b - 0.01, 0.5, chords[c++ % 4]);
            for (int q = 0; q < 4; q++) {
                beats.add(t + q * b);
            }
        }
        return new Case("pad 96", s.samples(), bpm, s.onsets(), beats, List.of());
    }

    static Case song() {
        double seconds = 24;
        double bpm = 118;
        double b = 60 / bpm;
        Synth drums = new Synth(RATE, seconds, 11);
        Synth bass = new Synth(RATE, seconds, 12);
        Synth keys = new Synth(RATE, seconds, 13);
        List<Double> beats = new ArrayList<>();
        play(drums, ROCK, bpm, 0.5, seconds - 0.5, beats);
        double[] roots = {55, 55, 73.4, 65.4};
        int bar = 0;
        for (double t = 0.5; t + 4 * b <= seconds - 0.5; t += 4 * b, bar++) {
            for (int e = 0; e < 8; e += 2) {
                bass.bass(t + e * b / 2, b * 0.9, roots[bar % 4], 0.6);
            }
            keys.chord(t + b / 2, b / 2, 0.35, 440, 554.4, 659.3);
            keys.chord(t + 2.5 * b, b / 2, 0.35, 392, 493.9, 587.3);
        }
        float[] mix = Synth.mix(drums.samples(), bass.samples(), keys.samples());
        java.util.TreeSet<Double> all = new java.util.TreeSet<>();
        all.addAll(drums.onsets());
        all.addAll(bass.onsets());
        all.addAll(keys.onsets());
        List<Double> merged = new ArrayList<>();
        for (double t : all) {
            if (merged.isEmpty() || t - merged.get(merged.size() - 1) > 0.005) {
                merged.add(t);
            }
        }
        List<Stem> stems = List.of(new Stem("drums", drums.samples(), drums.onsets()),
                new Stem("bass", bass.samples(), bass.onsets()), new Stem("keys", keys.samples(), keys.onsets()));
        return new Case("song 118 (mix of 3 stems)", mix, bpm, merged, beats, stems);
    }
}
