package org.octoseq.script.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.script.host.JsScriptSession;

/**
 * Measurements for docs/benchmarks.md ("## API model, typings, editor checks"), not assertions. Run by hand:
 * {@code mvn -B -o -q -pl bundle-script -am test -Dtest=ApiModelBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ApiModelBench {

    private static final int ROUNDS = 200;

    @Test
    void measure(@TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        ApiModel model = ApiModel.standard();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        try (SampleShow show = new SampleShow()) {
            Map<String, RuntimeBinding> globals = show.globals(dir);
            List<Double> walk = new ArrayList<>();
            List<Double> coverage = new ArrayList<>();
            List<Double> typings = new ArrayList<>();
            JsScriptSession s = show.open(dir, "var e = inputs.mix.energy;\n");
            for (int i = 0; i < ROUNDS; i++) {
                long a = System.nanoTime();
                Map<String, RuntimeBinding> g = s.hostGlobals().orElseThrow();
                long b = System.nanoTime();
                ApiCoverage.compare(model, g);
                long c = System.nanoTime();
                new TypeScriptDeclarations(model).forProject(g, "bench");
                long d = System.nanoTime();
                walk.add((b - a) / 1e6);
                coverage.add((c - b) / 1e6);
                typings.add((d - c) / 1e6);
            }
            s.close();
            List<Double> check = new ArrayList<>();
            LiveScriptWorkspace workspace = new LiveScriptWorkspace(show.host);
            String draft = "var e = inputs.mix.energy.smooth.exponential(0.1, 0.5);\nfunction update(dt, frame) {"
                    + " var v = e.value(); }\nfunction draw(g) {}\n";
            for (int i = 0; i < 40; i++) {
                long a = System.nanoTime();
                workspace.check(draft + "// " + i + "\n");
                check.add((System.nanoTime() - a) / 1e6);
            }
            System.out.println(String.format(Locale.ROOT, "BENCH model load (first use, cold JVM) %.1f ms", loadMs));
            report("walk of the host globals", walk.subList(20, walk.size()));
            report("coverage compare (model vs walk)", coverage.subList(20, coverage.size()));
            report("typings generation (project)", typings.subList(20, typings.size()));
            report("editor draft check (compile, top level, init, 3 frames)", check.subList(10, check.size()));
        }
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        System.out.println(String.format(Locale.ROOT, "BENCH %s: median %.3f ms, p95 %.3f ms (n=%d)", what,
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.size()));
    }
}
