package org.octoseq.mir.command;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.octoseq.mir.analysis.BandRange;
import org.octoseq.mir.analysis.FeatureSet;
import org.octoseq.mir.analysis.TrackAnalysis;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.concurrent.Parallelism;
import org.octoseq.mir.decode.AudioDecodeException;
import org.octoseq.mir.decode.AudioDecoder;
import org.octoseq.mir.decode.AudioFiles;
import org.octoseq.mir.decode.DecodedAudio;
import org.octoseq.mir.io.AtomicFiles;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code analyze} command: {@code octoseq analyze AUDIO --json OUT [--bands LO-HI,...] [--stems DIR]}.
 *
 * <p>Writes the analysis in the JSON shape of DESIGN section 8, plus {@code analysisSampleRate},
 * {@code bands} (one object per {@code --bands} range with {@code lowHz}, {@code highHz}, {@code tempo},
 * {@code events}, {@code signals}) and {@code stems} (one object per audio file of {@code --stems}, in
 * file-name order, with {@code id}, {@code file} and the same fields as the top level). The JSON is written
 * to a temporary file and moved into place, so a failed run never leaves a partial or stale-looking result.
 *
 * <p>Exit codes: 0 done, 1 an input could not be decoded or the output not written, 2 bad arguments. Errors
 * are one line on stderr: {@code octoseq analyze: <file>: <reason>}.
 */
@Component(service = Object.class,
        property = {"osgi.command.scope=octoseq", "osgi.command.function=analyze"})
public final class AnalyzeCommand {

    private static final String PREFIX = "octoseq analyze: ";

    private final AudioDecoder decoder = new AudioDecoder();
    /** The command has the machine to itself: one analysis uses every core. */
    private static final Parallelism PARALLELISM = Parallelism.perCore();

    private final TrackAnalyzer analyzer = TrackAnalyzer.standard().withParallelism(PARALLELISM);
    /** Numbers written with Jackson's Schubfach writer: a 10-minute analysis writes a quarter of a million floats. */
    private final JsonFactory json = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    /** Runs the command; see the class comment. */
    public int analyze(String... args) {
        return run(System.err, stderrIsTerminal(), args);
    }

    /**
     * Whether stderr is a terminal, as {@code ./octoseq} found it ({@code -Doctoseq.stderr.tty}); without that
     * property, whether the JVM has a console at all.
     */
    private static boolean stderrIsTerminal() {
        String tty = System.getProperty("octoseq.stderr.tty");
        return tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
    }

    /**
     * Runs the command with its messages (and, when {@code interactive}, a progress bar) on {@code err}.
     *
     * @return the exit code
     */
    public int run(PrintStream err, boolean interactive, String... args) {
        AnalyzeArguments a;
        try {
            a = AnalyzeArguments.parse(args);
        } catch (AnalyzeArguments.UsageException e) {
            err.println(PREFIX + e.getMessage());
            return 2;
        }
        ProgressBar progress = new ProgressBar(err, interactive);
        Timings timings = new Timings();
        try {
            List<Path> stemFiles = stemFiles(a.stems());
            int steps = 1 + stemFiles.size();
            progress.show(0, a.audio().getFileName().toString());
            TrackAnalysis main = analyse(a.audio(), a.bands(), timings);
            List<TrackAnalysis> stems = new ArrayList<>();
            for (int i = 0; i < stemFiles.size(); i++) {
                progress.show((i + 1.0) / (steps + 0.5), stemFiles.get(i).getFileName().toString());
                stems.add(analyse(stemFiles.get(i), a.bands(), timings));
            }
            progress.show(steps / (steps + 0.5), "writing JSON");
            long writing = System.nanoTime();
            write(a, main, stemFiles, stems);
            timings.json += System.nanoTime() - writing;
            progress.done();
            if (a.timings()) {
                err.println(PREFIX + timings);
            }
            return 0;
        } catch (AudioDecodeException e) {
            progress.done();
            err.println(PREFIX + e.file() + ": " + e.reason());
            return 1;
        } catch (IOException e) {
            progress.done();
            err.println(PREFIX + e.getMessage());
            return 1;
        } catch (RuntimeException | OutOfMemoryError e) {
            progress.done();
            err.println(PREFIX + a.audio() + ": analysis failed (" + e + ")");
            return 1;
        }
    }

    private TrackAnalysis analyse(Path file, List<BandRange> bands, Timings timings) throws AudioDecodeException {
        long start = System.nanoTime();
        DecodedAudio audio = decoder.decode(file);
        long decoded = System.nanoTime();
        TrackAnalysis analysis = analyzer.analyse(audio, bands);
        timings.decode += decoded - start;
        timings.analysis += System.nanoTime() - decoded;
        return analysis;
    }

    /** Wall time per step, for {@code --timings}. */
    private static final class Timings {
        long decode;
        long analysis;
        long json;

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "decoding %.2f s, analysis %.2f s, writing the JSON %.2f s",
                    decode / 1e9, analysis / 1e9, json / 1e9);
        }
    }

    private static List<Path> stemFiles(Path dir) throws IOException {
        if (dir == null) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": --stems needs a folder");
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(AudioFiles::isAudio).sorted().toList();
        }
    }

    private void write(AnalyzeArguments a, TrackAnalysis main, List<Path> stemFiles, List<TrackAnalysis> stems)
            throws IOException {
        Path target = a.json().toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (JsonGenerator g = json.createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                AnalysisJson out = new AnalysisJson(g, json, PARALLELISM);
                double rate = analyzer.parameters().sampleRate();
                g.writeStartObject();
                out.track(a.audio().toString(), main, rate);
                bands(g, out, a.bands(), main);
                if (a.stems() != null) {
                    g.writeArrayFieldStart("stems");
                    for (int i = 0; i < stems.size(); i++) {
                        g.writeStartObject();
                        g.writeStringField("id", "stem-" + AudioFiles.baseName(stemFiles.get(i)));
                        out.track(stemFiles.get(i).toString(), stems.get(i), rate);
                        bands(g, out, a.bands(), stems.get(i));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            AtomicFiles.replace(tmp, target);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static void bands(JsonGenerator g, AnalysisJson out, List<BandRange> ranges, TrackAnalysis a)
            throws IOException {
        if (ranges.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("bands");
        for (int i = 0; i < ranges.size(); i++) {
            FeatureSet f = a.bands().get(i);
            g.writeStartObject();
            g.writeNumberField("lowHz", ranges.get(i).lowHz());
            g.writeNumberField("highHz", ranges.get(i).highHz());
            out.features(f);
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
