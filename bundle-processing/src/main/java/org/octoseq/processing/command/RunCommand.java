package org.octoseq.processing.command;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.show.ProjectDescriptor;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.processing.live.ClockPlayhead;
import org.octoseq.processing.live.Playhead;
import org.octoseq.processing.live.Playheads;
import org.octoseq.processing.live.ShowTransport;
import org.octoseq.processing.window.Renderers;
import org.octoseq.processing.window.ShowSketch;
import org.octoseq.processing.window.WindowOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code octoseq run PROJECT [...]}: plays a show in a window until the window is closed. The mixdown plays
 * through the sound device when there is one and its playhead drives {@code timing.time}; without one the show
 * runs on a clock and says so. Without a display it says to use {@code render} instead.
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=run"})
public final class RunCommand {

    static final String USAGE = "usage: octoseq run PROJECT [--fps N] [--size WxH] [--renderer JAVA2D|P2D|P3D]"
            + " [--fullscreen] [--display N] [--audio-offset-ms MS] [--loop] [--no-audio]";
    static final String KEYS = "keys: space play/pause, left/right seek 5 s, r reload the script, d debug overlay,"
            + " q or Esc quit";
    static final String NO_DISPLAY = "no display: use `octoseq render PROJECT --out DIR`";

    private static final Set<String> OPTIONS = Set.of("fps", "size", "renderer", "display", "audio-offset-ms");
    private static final Set<String> FLAGS = Set.of("fullscreen", "loop", "no-audio");
    private static final double MAX_FPS = 1000;
    private static final double MAX_OFFSET_MS = 10_000;

    private final ProjectLoader loader;
    private final ScriptHost host;
    private final NamespaceRegistry registry;

    @Activate
    public RunCommand(@Reference(name = "loader") ProjectLoader loader, @Reference(name = "host") ScriptHost host,
                      @Reference(name = "registry") NamespaceRegistry registry) {
        this.loader = loader;
        this.host = host;
        this.registry = registry;
    }

    /** @return the exit code: 0 after the window closed, 1 bad arguments, unreadable project or no display */
    public int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return CommandRunner.run("run", err, () -> {
            CommandLine line = CommandLine.parse(args, OPTIONS, FLAGS);
            if (line.helpRequested()) {
                out.println(USAGE);
                out.println(KEYS);
                return 0;
            }
            Path project = Path.of(line.single("PROJECT"));
            Optional<Size> size = line.size("size");
            OptionalDouble fps = line.number("fps", 1, MAX_FPS);
            int display = (int) line.number("display", 1, 64).orElse(0);
            double offsetSec = line.number("audio-offset-ms", -MAX_OFFSET_MS, MAX_OFFSET_MS).orElse(0) / 1000;
            String renderer = renderer(line.value("renderer").orElse("JAVA2D"));
            if (GraphicsEnvironment.isHeadless()) {
                throw CommandException.user(NO_DISPLAY);
            }
            try (LoadedShow show = LoadedShow.open(loader, host, project, err)) {
                ProjectDescriptor descriptor = show.descriptor();
                Size windowSize = size.orElse(new Size(descriptor.width(), descriptor.height()));
                WindowOptions options = new WindowOptions(windowSize.width(), windowSize.height(),
                        fps.orElse(descriptor.fps()), renderer, line.flag("fullscreen"), display,
                        "octoseq - " + descriptor.name());
                double duration = registry.current().mix().map(SourceEntry::durationSec).orElse(0.0);
                Playhead playhead = line.flag("no-audio") ? new ClockPlayhead(System::nanoTime, duration)
                        : Playheads.open(descriptor.mix(), duration, note -> err.println("octoseq run: " + note));
                try (ShowTransport transport = new ShowTransport(playhead, offsetSec, line.flag("loop"))) {
                    ShowSketch sketch = new ShowSketch(options, transport, show.session(),
                            () -> registry.current().version());
                    err.println("octoseq run: " + KEYS);
                    sketch.open();
                    try {
                        sketch.awaitClosed();
                    } catch (InterruptedException e) {
                        sketch.exit();
                        throw e;
                    }
                    out.println(sketch.stats().summary(options.fps()));
                    show.session().diagnostics().forEach(d -> out.println(d.toString()));
                }
            }
            return 0;
        });
    }

    private static String renderer(String name) throws CommandException {
        try {
            return Renderers.resolve(name, RunCommand.class.getClassLoader());
        } catch (IllegalArgumentException e) {
            throw CommandException.user(e.getMessage());
        }
    }
}
