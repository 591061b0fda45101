package org.octoseq.launcher;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.octoseq.launcher.demo.DemoProject;
import org.osgi.framework.Bundle;

/**
 * {@code octoseq COMMAND [ARGS]}: starts the embedded runtime and runs a subcommand in it. See {@link #USAGE}.
 */
public final class Main {

    static final String USAGE = """
            usage: octoseq COMMAND [ARGS]

              demo [--headless]                  generate the demo show (once) and run it; without a display,
                                                 render 10 s at 30 fps to demo/out/frames plus a contact sheet
              run PROJECT                        open the show window for a project folder, with the web script
                                                 editor at the printed http://127.0.0.1 address
                                                 (OCTOSEQ_EDITOR=off: no editor)
              render PROJECT --out DIR [--fps N] [--size WxH] [--from S] [--to S] [--contact-sheet FILE]
                                                 render PNG frames offscreen
              namespace                          print the script namespace (after loading nothing: empty)
              bundles                            list the deployed bundles and their states
              shell [COMMAND]                    Gogo shell (interactive), or run one Gogo command, e.g. 'lb'
              help                               this text

            Other subcommands (analyze, import, trace, check, typings, bench) are passed to the bundle that
            provides them, if one is deployed. import PACKAGE.json --out DIR turns an Octoseq interpretation
            package into a show folder. Environment: OCTOSEQ_HOME (the installation folder; set by ./octoseq).
            """;

    private final Path home;
    private final PrintStream out;
    private final PrintStream err;

    Main(Path home, PrintStream out, PrintStream err) {
        this.home = home;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !System.getProperty("os.name", "").startsWith("Mac") && !System.getProperty("os.name", "").startsWith("Win")) {
            System.setProperty("java.awt.headless", "true");
        }
        Path home = Path.of(System.getProperty("octoseq.home", System.getenv().getOrDefault("OCTOSEQ_HOME", ".")))
                .toAbsolutePath().normalize();
        int code = new Main(home, System.out, System.err).run(args);
        System.exit(code);
    }

    int run(String[] args) {
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? 1 : 0;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            if (command.equals("demo")) {
                return demo(rest);
            }
            String standalone = OctoseqRuntime.standaloneProvider(home.resolve("bundles"), command);
            if (standalone != null) {
                try (OctoseqRuntime runtime = startStandalone(command, standalone)) {
                    return runtime.command(command, rest);
                }
            }
            boolean interactive = command.equals("shell") && rest.length == 0;
            try (OctoseqRuntime runtime = startRuntime(interactive, command.equals("run") && editorWanted())) {
                return switch (command) {
                    case "bundles" -> listBundles(runtime);
                    case "shell" -> rest.length == 0 ? GogoShell.interactive(runtime) : GogoShell.execute(runtime, String.join(" ", rest), out, err);
                    default -> runtime.command(command, rest);
                };
            }
        } catch (Exception e) {
            err.println("octoseq " + command + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        }
    }

    /** Whether {@code run} starts the web script editor: yes, unless {@value #EDITOR_ENV} is {@code off}. */
    static boolean editorWanted() {
        return !"off".equalsIgnoreCase(System.getenv().getOrDefault(EDITOR_ENV, ""));
    }

    static final String EDITOR_ENV = "OCTOSEQ_EDITOR";

    /** SPI Fly logs every provider it registers at INFO through java.util.logging; the show console gets warnings only. */
    private static final java.util.logging.Logger SPI_FLY_LOG = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    /**
     * Framework properties of the web editor's HTTP server: loopback only, on a free port chosen at start (the
     * editor prints its address with the port and a random token).
     */
    static java.util.Map<String, String> editorProperties() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        SPI_FLY_LOG.setLevel(java.util.logging.Level.WARNING);
        return java.util.Map.of("org.apache.felix.http.host", "127.0.0.1", "org.osgi.service.http.port", "0",
                "org.apache.felix.http.enable", "true");
    }

    private OctoseqRuntime startRuntime(boolean interactive) throws Exception {
        return startRuntime(interactive, false);
    }

    private OctoseqRuntime startRuntime(boolean interactive, boolean editor) throws Exception {
        OctoseqRuntime runtime = editor
                ? OctoseqRuntime.start(home.resolve("bundles"), systemDir(), interactive, err, editorProperties(),
                        List.of(home.resolve("bundles/editor")))
                : OctoseqRuntime.start(home.resolve("bundles"), systemDir(), interactive, err);
        err.printf("octoseq: %d bundles active, %d ms after start%n", runtime.bundles().size(), millisSinceStart());
        return runtime;
    }

    /** The runtime for a command its bundle declares standalone: Declarative Services and that bundle only. */
    private OctoseqRuntime startStandalone(String command, String provider) throws Exception {
        OctoseqRuntime runtime = OctoseqRuntime.startStandalone(home.resolve("bundles"), provider, err);
        err.printf("octoseq: %s started for %s (standalone), %d ms after start%n", provider, command, millisSinceStart());
        return runtime;
    }

    /** Milliseconds since {@code ./octoseq} started ({@code -Doctoseq.t0}), or else since the JVM did. */
    private static long millisSinceStart() {
        long t0 = Long.getLong("octoseq.t0", java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - t0;
    }

    /** FileInstall lives beside the launcher jar ({@code target/system}); tests may point elsewhere. */
    private Path systemDir() {
        String configured = System.getProperty("octoseq.system.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        return home.resolve("launcher/target/system");
    }

    private int demo(String[] args) throws Exception {
        boolean headless = GraphicsEnvironment.isHeadless() || Arrays.asList(args).contains("--headless");
        Path demo = home.resolve("demo");
        if (DemoProject.ensure(demo)) {
            err.println("octoseq: generated the demo show in " + demo);
        }
        try (OctoseqRuntime runtime = startRuntime(false, !headless && editorWanted())) {
            if (!headless) {
                return runtime.command("run", demo.toString());
            }
            Path frames = demo.resolve("out/frames");
            Files.createDirectories(frames);
            try (var old = Files.list(frames)) {
                for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".png")).toList()) {
                    Files.delete(p);
                }
            }
            err.println("octoseq: no display: rendering 10 s of the demo at 30 fps instead of opening a window");
            int code = runtime.command("render", demo.toString(), "--out", frames.toString(), "--fps", "30",
                    "--from", "0", "--to", "10", "--contact-sheet", demo.resolve("out/contact-sheet.png").toString());
            if (code == 0) {
                out.println("Demo frames:   " + frames);
                out.println("Contact sheet: " + demo.resolve("out/contact-sheet.png"));
            }
            return code;
        }
    }

    private int listBundles(OctoseqRuntime runtime) {
        for (Bundle b : runtime.bundles()) {
            out.printf("%3d %-10s %s %s%n", b.getBundleId(), state(b.getState()), b.getSymbolicName(), b.getVersion());
        }
        return 0;
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "Active";
            case Bundle.RESOLVED -> "Resolved";
            case Bundle.INSTALLED -> "Installed";
            case Bundle.STARTING -> "Starting";
            case Bundle.STOPPING -> "Stopping";
            default -> "Uninstalled";
        };
    }
}
