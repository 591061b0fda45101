package org.octoseq.processing.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.show.ProjectDescriptor;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.processing.render.ContactSheet;
import org.octoseq.processing.render.FrameRange;
import org.octoseq.processing.render.FrameRenderer;
import org.octoseq.processing.render.RenderProgress;
import org.octoseq.processing.render.RenderResult;
import org.octoseq.processing.render.VideoEncoder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code octoseq render PROJECT --out DIR [--fps N] [--size WxH] [--from S] [--to S] [--contact-sheet FILE]
 * [--video FILE.mp4]}: renders a show offline, without a display, to {@code DIR/frame-00000.png}… — frame
 * {@code i} at {@code t = from + i / fps}, so the same project renders the same pixels every time. A script with
 * errors still renders (black frames with the error banner) and the command succeeds; its diagnostics are
 * printed. {@code --video} also encodes an MP4 with the mixdown muxed in, through {@code ffmpeg} on the PATH.
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=render"})
public final class RenderCommand {

    static final String USAGE = "usage: octoseq render PROJECT --out DIR [--fps N] [--size WxH] [--from S] [--to S]"
            + " [--contact-sheet FILE] [--video FILE.mp4]";
    static final String NO_FFMPEG = "--video needs ffmpeg, which is not on the PATH: install it (e.g. apt-get install"
            + " ffmpeg, brew install ffmpeg) or leave out --video to get PNG frames only";
    /** Length rendered when neither {@code --to} nor an analysed mix says how long the show is. */
    static final double FALLBACK_DURATION_SEC = 10.0;

    private static final Set<String> OPTIONS = Set.of("out", "fps", "size", "from", "to", "contact-sheet", "video");
    private static final double MAX_FPS = 1000;
    private static final double MAX_SECONDS = 24 * 3600;

    private final ProjectLoader loader;
    private final ScriptHost host;
    private final NamespaceRegistry registry;
    private final Supplier<Optional<Path>> ffmpeg;

    @Activate
    public RenderCommand(@Reference(name = "loader") ProjectLoader loader, @Reference(name = "host") ScriptHost host,
                         @Reference(name = "registry") NamespaceRegistry registry) {
        this(loader, host, registry, () -> VideoEncoder.findOnPath("ffmpeg", System.getenv("PATH")));
    }

    /** @param ffmpeg finds the ffmpeg executable (tests pass a fake one) */
    RenderCommand(ProjectLoader loader, ScriptHost host, NamespaceRegistry registry, Supplier<Optional<Path>> ffmpeg) {
        this.loader = loader;
        this.host = host;
        this.registry = registry;
        this.ffmpeg = ffmpeg;
    }

    /** @return the exit code: 0 rendered, 1 bad arguments or unreadable project, 2 internal error */
    public int render(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return CommandRunner.run("render", err, () -> {
            CommandLine line = CommandLine.parse(args, OPTIONS);
            if (line.helpRequested()) {
                out.println(USAGE);
                return 0;
            }
            Path project = Path.of(line.single("PROJECT"));
            Path folder = Path.of(line.required("out"));
            Optional<Size> size = line.size("size");
            var fps = line.number("fps", 0.001, MAX_FPS);
            double from = line.number("from", 0, MAX_SECONDS).orElse(0);
            var to = line.number("to", 0, MAX_SECONDS);
            if (to.isPresent() && to.getAsDouble() <= from) {
                throw CommandException.user("--to (" + to.getAsDouble() + " s) must be after --from (" + from + " s)");
            }
            Optional<Path> sheet = line.value("contact-sheet").map(Path::of);
            Optional<Path> video = line.value("video").map(p -> Path.of(p).toAbsolutePath().normalize());
            Optional<VideoEncoder> encoder = video.isEmpty() ? Optional.empty()
                    : Optional.of(new VideoEncoder(ffmpeg.get().orElseThrow(() -> CommandException.user(NO_FFMPEG))));

            try (LoadedShow show = LoadedShow.open(loader, host, project, err, true)) {
                ProjectDescriptor descriptor = show.descriptor();
                Size frameSize = size.orElse(new Size(descriptor.width(), descriptor.height()));
                double end = to.orElseGet(this::mixDuration);
                if (end <= from) {
                    throw CommandException.user("--from " + from + " s is past the end of the show (" + end + " s)");
                }
                FrameRange range = new FrameRange(fps.orElse(descriptor.fps()), from, end);
                long started = System.nanoTime(); // how fast this machine renders, never show time
                RenderResult result = new FrameRenderer(frameSize.width(), frameSize.height())
                        .render(show.session(), range, folder, new RenderProgress(err, System.console() != null));
                double took = (System.nanoTime() - started) / 1e9;
                out.println(result.folder());
                out.println(String.format(Locale.ROOT, "%d frames, %dx%d at %s fps, %.3f s to %.3f s",
                        result.frames().size(), frameSize.width(), frameSize.height(), number(range.fps()),
                        range.fromSec(), range.toSec()));
                err.println(String.format(Locale.ROOT, "rendered in %.1f s: %.1f frames per second, %.0f ms per frame",
                        took, result.frames().size() / took, 1000 * took / result.frames().size()));
                if (sheet.isPresent()) {
                    Path sheetFile = sheet.get().toAbsolutePath().normalize();
                    ContactSheet.write(result.frames(), sheetFile);
                    out.println("contact sheet " + sheetFile);
                }
                if (encoder.isPresent()) {
                    err.println("encoding " + video.get() + " ...");
                    Path audio = descriptor.mix();
                    if (audio.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                        out.println("note: the video is silent: the mix is a precomputed analysis (" + audio.getFileName()
                                + "), not audio");
                        audio = null;
                    } else if (knownMixDuration().filter(d -> range.fromSec() >= d).isPresent()) {
                        out.println("note: the video is silent: it starts after the end of the mix");
                        audio = null;
                    }
                    encoder.get().encode(result.folder(), range.fps(), result.frames().size(), audio, range.fromSec(),
                            video.get());
                    out.println("video " + video.get());
                }
                long stale = olderFrames(result.folder(), result.frames().size());
                if (stale > 0) {
                    out.println("note: " + result.folder() + " also holds " + stale + " frame file(s) numbered past this"
                            + " render's last frame, from an earlier render; they were left as they are"
                            + (encoder.isPresent() ? " and are not in the video" : ""));
                }
                printDiagnostics(out, show.session().diagnostics(), result.faults());
            }
            return 0;
        });
    }

    /** Files {@code frame-NNNNN.png} in {@code folder} numbered {@code count} or higher (left by an earlier, longer render). */
    static long olderFrames(Path folder, int count) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("frame-\\d{5}\\.png"))
                    .filter(n -> Integer.parseInt(n.substring(6, 11)) >= count)
                    .count();
        }
    }

    private double mixDuration() {
        return knownMixDuration().orElse(FALLBACK_DURATION_SEC);
    }

    /** The mix's length in seconds, when the analysis knows it. */
    private Optional<Double> knownMixDuration() {
        return registry.current().mix().map(SourceEntry::durationSec).filter(d -> d > 0);
    }

    private static void printDiagnostics(PrintStream out, List<Diagnostic> script, List<Diagnostic> faults) {
        script.forEach(d -> out.println(d.toString()));
        faults.forEach(d -> out.println(d.toString()));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
