package org.octoseq.script.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.time.Transport;
import org.octoseq.script.host.NashornScriptHost;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code octoseq trace PROJECT [--script FILE] [--fps 60] [--seconds S] --out trace.json}: runs the script
 * headless (no graphics, no {@code draw}) for S seconds (default: the mix's length) and writes
 * {@code {"fps":60,"frames":N,"probes":{"name":[v0,v1,...]},"diagnostics":[...]}} with one value per frame for
 * every name the script probed ({@code probe(name, value)}; {@code null} for frames that did not probe it).
 * Frame {@code i} is at {@code i / fps} seconds with {@code dt = 1 / fps}. The same inputs give byte-identical
 * output.
 */
@Component(service = Object.class, property = {"osgi.command.scope=octoseq", "osgi.command.function=trace"})
public final class TraceCommand {

    static final String USAGE = "usage: octoseq trace PROJECT [--script FILE] [--fps N] [--seconds S] --out FILE";
    private static final Set<String> OPTIONS = Set.of("script", "fps", "seconds", "out");

    private final ProjectLoader loader;
    private final NashornScriptHost host;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public TraceCommand(@Reference(name = "loader") ProjectLoader loader, @Reference(name = "host") NashornScriptHost host) {
        this.loader = loader;
        this.host = host;
    }

    /** @return 0 written, 1 bad arguments or unreadable project, 2 internal error */
    public int trace(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return CommandFailures.run("trace", err, () -> {
            Arguments a = new Arguments(args, OPTIONS);
            Path project = Path.of(a.positional(0, "PROJECT (" + USAGE + ")"));
            a.noMorePositionalsThan(1);
            Path outFile = Path.of(a.option("out").orElseThrow(() -> new Arguments.UsageError("missing --out FILE")));
            double fps = a.positiveNumber("fps", 1000).orElse(60.0);
            var seconds = a.positiveNumber("seconds", 24 * 3600);
            Path script = a.option("script").map(Path::of).orElse(null);
            try (HeadlessShow show = HeadlessShow.open(loader, host, project, script, err)) {
                show.session.probes().setRecording(true);
                int frames = Math.max(1, (int) Math.ceil(seconds.orElse(show.mixSeconds()) * fps - 1e-9));
                Map<String, Double[]> probes = new LinkedHashMap<>();
                for (int i = 0; i < frames; i++) {
                    show.session.frame(new Transport(i / fps, 1 / fps, i), null);
                    for (Map.Entry<String, Double> p : show.session.probes().frameValues().entrySet()) {
                        probes.computeIfAbsent(p.getKey(), k -> new Double[frames])[i] = finite(p.getValue());
                    }
                }
                Map<String, Object> trace = new LinkedHashMap<>();
                trace.put("fps", fps == Math.rint(fps) ? (Object) (long) fps : fps);
                trace.put("frames", frames);
                trace.put("probes", probes);
                trace.put("diagnostics", DiagnosticJson.list(show.session.diagnostics(), show.project.descriptor().root()));
                Path target = outFile.toAbsolutePath().normalize();
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                Files.write(target, json.writeValueAsBytes(trace));
                long errors = show.session.diagnostics().stream().filter(Diagnostic::isError).count();
                out.println(String.format(Locale.ROOT, "%s: %d frames at %s fps, %d probes, %d script errors",
                        target, frames, trace.get("fps"), probes.size(), errors));
            }
            return 0;
        });
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Diagnostics as JSON objects {@code {kind, phase, message, location: {file, line, column} | null, count}}. */
    static final class DiagnosticJson {
        private DiagnosticJson() {
        }

        static List<Map<String, Object>> list(List<Diagnostic> diagnostics, Path root) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Diagnostic d : diagnostics) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
                m.put("phase", d.phase().name().toLowerCase(Locale.ROOT));
                m.put("message", d.message());
                if (d.location() == null) {
                    m.put("location", null);
                } else {
                    Map<String, Object> loc = new LinkedHashMap<>();
                    loc.put("file", relative(d.location().file(), root));
                    loc.put("line", d.location().line());
                    loc.put("column", d.location().column());
                    m.put("location", loc);
                }
                m.put("count", d.count());
                out.add(m);
            }
            return out;
        }

        private static String relative(String file, Path root) {
            if (file == null) {
                return null;
            }
            Path p = Path.of(file);
            return p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : file;
        }
    }
}
