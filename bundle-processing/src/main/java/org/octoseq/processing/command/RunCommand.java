package org.octoseq.processing.command;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.octoseq.api.show.ProjectDescriptor;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.processing.window.ShowSketch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code octoseq run PROJECT [--fps N] [--size WxH]}: plays a show in a window until the window is closed
 * ({@code q} or Esc also close it, space pauses). Without a display it says to use {@code render} instead.
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=run"})
public final class RunCommand {

    static final String USAGE = "usage: octoseq run PROJECT [--fps N] [--size WxH]";
    static final String NO_DISPLAY = "no display: use `octoseq render PROJECT --out DIR`";

    private static final Set<String> OPTIONS = Set.of("fps", "size");
    private static final double MAX_FPS = 1000;

    private final ProjectLoader loader;
    private final ScriptHost host;

    @Activate
    public RunCommand(@Reference(name = "loader") ProjectLoader loader, @Reference(name = "host") ScriptHost host) {
        this.loader = loader;
        this.host = host;
    }

    /** @return the exit code: 0 after the window closed, 1 bad arguments, unreadable project or no display */
    public int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return CommandRunner.run("run", err, () -> {
            CommandLine line = CommandLine.parse(args, OPTIONS);
            if (line.helpRequested()) {
                out.println(USAGE);
                return 0;
            }
            Path project = Path.of(line.single("PROJECT"));
            Optional<Size> size = line.size("size");
            OptionalDouble fps = line.number("fps", 1, MAX_FPS);
            if (GraphicsEnvironment.isHeadless()) {
                throw CommandException.user(NO_DISPLAY);
            }
            try (LoadedShow show = LoadedShow.open(loader, host, project, err)) {
                ProjectDescriptor descriptor = show.descriptor();
                Size windowSize = size.orElse(new Size(descriptor.width(), descriptor.height()));
                ShowSketch sketch = new ShowSketch(show.session(), windowSize.width(), windowSize.height(),
                        fps.orElse(descriptor.fps()), "octoseq - " + descriptor.name());
                sketch.open();
                try {
                    sketch.awaitClosed();
                } catch (InterruptedException e) {
                    sketch.exit();
                    throw e;
                }
                show.session().diagnostics().forEach(d -> out.println(d.toString()));
            }
            return 0;
        });
    }
}
