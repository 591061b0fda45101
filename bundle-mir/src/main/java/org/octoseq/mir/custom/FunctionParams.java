package org.octoseq.mir.custom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.octoseq.mir.project.FieldException;

/**
 * The {@code params} of a custom signal, checked against what its function accepts (anything else is an error that
 * lists the allowed names):
 *
 * <ul>
 * <li>{@code melSpectrogram}: {@code melBands} (8..256, default {@value #DEFAULT_MEL_BANDS});</li>
 * <li>{@code hpssHarmonic}, {@code hpssPercussive}: {@code timeKernelSec} (0.05..2 s, default
 * {@value #DEFAULT_TIME_KERNEL_SEC}), the span of the median along time that keeps sustained sound, and
 * {@code frequencyKernelHz} (50..5000 Hz, default {@value #DEFAULT_FREQUENCY_KERNEL_HZ}), the span of the median
 * along frequency that keeps transients;</li>
 * <li>{@code mfcc}: {@code coefficients}, the {@code [from, to]} coefficients reduced (0..39, default {@code [0, 12]}),
 * and {@code melBands} (default {@value #DEFAULT_MFCC_MEL_BANDS});</li>
 * <li>{@code chroma}: {@code pitchClasses}, the classes reduced, e.g. {@code ["A", "C#"]} (default all twelve);</li>
 * <li>{@code cqt}: none.</li>
 * </ul>
 *
 * @param melBands          number of mel bands
 * @param timeKernelSec     HPSS median span along time
 * @param frequencyKernelHz HPSS median span along frequency
 * @param fromCoefficient   first MFCC coefficient reduced
 * @param toCoefficient     last MFCC coefficient reduced (inclusive)
 * @param pitchClasses      bit {@code c} set for each chroma class {@code c} (0 = C .. 11 = B) reduced
 */
public record FunctionParams(int melBands, double timeKernelSec, double frequencyKernelHz, int fromCoefficient,
                             int toCoefficient, int pitchClasses) {

    public static final int DEFAULT_MEL_BANDS = 64;
    public static final int DEFAULT_MFCC_MEL_BANDS = 40;
    public static final double DEFAULT_TIME_KERNEL_SEC = 0.3;
    public static final double DEFAULT_FREQUENCY_KERNEL_HZ = 650;
    /** Pitch class names, index = class (C = 0). */
    public static final List<String> PITCH_CLASSES =
            List.of("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B");
    private static final Map<String, Integer> FLATS = Map.of("Db", 1, "Eb", 3, "Gb", 6, "Ab", 8, "Bb", 10);
    private static final int ALL_CLASSES = (1 << 12) - 1;

    private static final Map<SpectralFunction, List<String>> ALLOWED = Map.of(
            SpectralFunction.MEL_SPECTROGRAM, List.of("melBands"),
            SpectralFunction.HPSS_HARMONIC, List.of("timeKernelSec", "frequencyKernelHz"),
            SpectralFunction.HPSS_PERCUSSIVE, List.of("timeKernelSec", "frequencyKernelHz"),
            SpectralFunction.MFCC, List.of("coefficients", "melBands"),
            SpectralFunction.CHROMA, List.of("pitchClasses"),
            SpectralFunction.CQT, List.of());

    /** The defaults of {@code function}. */
    public static FunctionParams defaults(SpectralFunction function) {
        return new FunctionParams(function == SpectralFunction.MFCC ? DEFAULT_MFCC_MEL_BANDS : DEFAULT_MEL_BANDS,
                DEFAULT_TIME_KERNEL_SEC, DEFAULT_FREQUENCY_KERNEL_HZ, 0, 12, ALL_CLASSES);
    }

    /**
     * Checks {@code params} (a JSON object, or {@code null}) for {@code function}.
     *
     * @throws FieldException naming {@code params.<name>} and what is allowed
     */
    public static FunctionParams of(SpectralFunction function, JsonNode params) {
        FunctionParams p = defaults(function);
        if (params == null || params.isNull()) {
            return p;
        }
        if (!params.isObject()) {
            throw new FieldException("params", "must be an object {...} of the function's parameters");
        }
        List<String> allowed = ALLOWED.get(function);
        int melBands = p.melBands;
        double timeKernel = p.timeKernelSec;
        double freqKernel = p.frequencyKernelHz;
        int from = p.fromCoefficient;
        int to = p.toCoefficient;
        int classes = p.pitchClasses;
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            if (!allowed.contains(key)) {
                throw new FieldException("params." + key, "is not a parameter of " + function.word() + "; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
            }
            switch (key) {
                case "melBands" -> melBands = wholeNumber(key, v, 8, 256);
                case "timeKernelSec" -> timeKernel = number(key, v, 0.05, 2);
                case "frequencyKernelHz" -> freqKernel = number(key, v, 50, 5000);
                case "coefficients" -> {
                    if (!v.isArray() || v.size() != 2 || !v.get(0).canConvertToExactIntegral()
                            || !v.get(1).canConvertToExactIntegral()) {
                        throw new FieldException("params.coefficients", "must be [from, to], two whole numbers 0..39");
                    }
                    from = v.get(0).asInt();
                    to = v.get(1).asInt();
                    if (from < 0 || to > 39 || to < from) {
                        throw new FieldException("params.coefficients", "must be [from, to] with 0 <= from <= to <= 39, got ["
                                + from + ", " + to + "]");
                    }
                }
                case "pitchClasses" -> classes = pitchClasses(v);
                default -> throw new IllegalStateException(key);
            }
        }
        return new FunctionParams(melBands, timeKernel, freqKernel, from, to, classes);
    }

    /** Whether pitch class {@code c} (0 = C) is reduced. */
    public boolean hasPitchClass(int c) {
        return (pitchClasses >> c & 1) == 1;
    }

    private static int wholeNumber(String key, JsonNode v, int min, int max) {
        if (!v.canConvertToExactIntegral() || v.asInt() < min || v.asInt() > max) {
            throw new FieldException("params." + key, "must be a whole number from " + min + " to " + max + ", got " + v);
        }
        return v.asInt();
    }

    private static double number(String key, JsonNode v, double min, double max) {
        if (!v.isNumber() || !(v.asDouble() >= min) || !(v.asDouble() <= max)) {
            throw new FieldException("params." + key, "must be a number from " + min + " to " + max + ", got " + v);
        }
        return v.asDouble();
    }

    private static int pitchClasses(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            throw new FieldException("params.pitchClasses", "must be a list of pitch class names, e.g. [\"A\", \"C#\"]");
        }
        int mask = 0;
        for (JsonNode n : v) {
            String name = n.isTextual() ? n.asText() : "";
            Integer c = PITCH_CLASSES.contains(name) ? Integer.valueOf(PITCH_CLASSES.indexOf(name)) : FLATS.get(name);
            if (c == null) {
                throw new FieldException("params.pitchClasses", "has " + n + ", which is not a pitch class; allowed: "
                        + String.join(", ", PITCH_CLASSES) + " (or Db, Eb, Gb, Ab, Bb)");
            }
            mask |= 1 << c;
        }
        return mask;
    }
}
