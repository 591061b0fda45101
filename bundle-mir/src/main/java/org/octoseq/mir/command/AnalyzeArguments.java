package org.octoseq.mir.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.octoseq.mir.analysis.BandRange;

/**
 * The arguments of {@code analyze AUDIO --json OUT [--bands lo-hi,lo-hi,...] [--stems DIR] [--timings]}
 * ({@code --timings}: one line on stderr at the end with the time spent decoding, analysing and writing).
 *
 * @param audio the file to analyse
 * @param json  where to write the result
 * @param bands bands of the file to analyse too (Hz)
 * @param stems a folder whose audio files are analysed as stems, or {@code null}
 */
record AnalyzeArguments(Path audio, Path json, List<BandRange> bands, Path stems, boolean timings) {

    static final String USAGE = "usage: octoseq analyze AUDIO --json OUT [--bands LO-HI,LO-HI,...] [--stems DIR] [--timings]";

    /** A usage error, with a one-line message naming the offending argument. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static AnalyzeArguments parse(String... args) throws UsageException {
        Path audio = null;
        Path json = null;
        Path stems = null;
        boolean timings = false;
        List<BandRange> bands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--json" -> json = Path.of(value(args, ++i, a));
                case "--stems" -> stems = Path.of(value(args, ++i, a));
                case "--bands" -> bands.addAll(bands(value(args, ++i, a)));
                case "--timings" -> timings = true;
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException(a + ": unknown option; " + USAGE);
                    }
                    if (audio != null) {
                        throw new UsageException(a + ": only one audio file can be analysed; " + USAGE);
                    }
                    audio = Path.of(a);
                }
            }
        }
        if (audio == null) {
            throw new UsageException("no audio file given; " + USAGE);
        }
        if (json == null) {
            throw new UsageException(audio + ": --json OUT is required; " + USAGE);
        }
        return new AnalyzeArguments(audio, json, List.copyOf(bands), stems, timings);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + ": needs a value; " + USAGE);
        }
        return args[i];
    }

    private static List<BandRange> bands(String spec) throws UsageException {
        List<BandRange> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] lh = part.trim().split("-");
            try {
                if (lh.length != 2) {
                    throw new IllegalArgumentException("expected LO-HI");
                }
                out.add(new BandRange(Double.parseDouble(lh[0].trim()), Double.parseDouble(lh[1].trim())));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--bands: '" + part + "' is not a band LO-HI in Hz with LO < HI");
            }
        }
        return out;
    }
}
