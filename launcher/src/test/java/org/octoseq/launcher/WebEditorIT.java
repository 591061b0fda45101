package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import org.octoseq.launcher.demo.DemoProject;
import org.osgi.framework.ServiceReference;

/**
 * The web editor in the real runtime: loopback HTTP on Jetty, token checks, the page and Monaco served; and the
 * issue's scenario in headless Chromium (playwright-core) against a running show of the demo project.
 */
class WebEditorIT {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static String editorUrl(OctoseqRuntime runtime) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (ServiceReference<?> r : runtime.services("(octoseq.editor.url=*)")) {
                return (String) r.getProperty("octoseq.editor.url");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the editor published no address; services: " + runtime.services(null).size());
    }

    @Test
    void completionMarkersAndSaveInHeadlessChromium() throws Exception {
        Path node = ExternalTools.require("the web editor test", "apt-get install nodejs", "node", "nodejs");
        Path chromium = ExternalTools.require("the web editor test", "apt-get install chromium", "/usr/bin/chromium");
        Path modules = Path.of(System.getProperty("octoseq.repo.dir", "..")).resolve(".ci/node_modules");
        if (!Files.isDirectory(modules.resolve("playwright-core"))) {
            ExternalTools.require("the web editor test", "npm install --prefix .ci playwright-core",
                    modules.resolve("playwright-core/cli.js").toString());
        }
        Path demo = temp.resolve("demo");
        DemoProject.ensure(demo);
        Path scenario = temp.resolve("editor-scenario.js");
        try (var in = getClass().getResourceAsStream("editor-scenario.js")) {
            Files.copy(in, scenario);
        }
        try (ShowHost host = new ShowHost(new Deployment(temp.resolve("home")), true);
             OpenProject project = host.open(demo);
             ScriptSession show = host.scripts.load(project.descriptor().script())) {
            AtomicBoolean playing = new AtomicBoolean(true);
            Thread frames = new Thread(() -> {
                for (long f = 0; playing.get(); f++) {
                    show.frame(Transport.ofFrame(f, 30), null);
                    try {
                        Thread.sleep(33);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "show-frames");
            frames.start();
            try {
                String url = editorUrl(host.runtime);
                ProcessBuilder pb = new ProcessBuilder(node.toString(), scenario.toString(), url,
                        temp.resolve("chromium-profile").toString(), chromium.toString())
                        .directory(temp.toFile()).redirectErrorStream(true);
                pb.environment().put("NODE_PATH", modules.toString());
                Path log = temp.resolve("scenario.log");
                Process p = pb.redirectOutput(log.toFile()).start();
                assertTrue(p.waitFor(240, TimeUnit.SECONDS), "the scenario did not finish: " + Files.readString(log));
                String output = Files.readString(log);
                String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                        .orElseThrow(() -> new AssertionError("no result from the scenario:\n" + output));
                JsonNode r = new ObjectMapper().readTree(line.substring("RESULT ".length()));
                assertTrue(r.get("error") == null, "the scenario failed: " + r.get("error") + "\n" + r.get("console"));

                assertTrue(labels(r, "top").contains("timing"), "timing completes as a global: " + r.get("top"));
                assertTrue(labels(r, "timing").containsAll(List.of("time", "dt", "beatPosition", "beatIndex", "beatPhase",
                        "bpm")), "timing. completes: " + r.get("timing") + "\nbrowser console: " + r.get("console"));
                assertTrue(labels(r, "inputs").containsAll(List.of("mix", "stems", "customSignals", "customEvents")),
                        "inputs. completes: " + r.get("inputs"));
                assertTrue(labels(r, "mix").contains("bands"), "inputs.mix. completes: " + r.get("mix"));
                assertEquals("inputs.stems[\"Drums\"].", r.get("drums").get("typed").asText());
                assertTrue(labels(r, "drums").contains("bands"), "inputs.stems[\"Drums\"]. completes: " + r.get("drums"));
                String hover = r.get("hover").asText();
                assertTrue(hover.contains("Tempo at the playhead") && hover.contains("beats per minute"),
                        "hovering timing.bpm shows its description and unit from the model: " + hover);

                int broken = r.get("brokenLine").asInt();
                boolean marked = false;
                for (JsonNode m : r.get("markers")) {
                    marked |= m.get("line").asInt() == broken && m.get("severity").asText().equals("error");
                }
                assertTrue(marked, "an error marker on line " + broken + ": " + r.get("markers"));

                assertTrue(r.get("versionAfter").asInt() > r.get("versionBefore").asInt(), r.toString());
                assertEquals(0, r.get("markersAfterSave").asInt(), r.toString());
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (show.diagnostics().stream().noneMatch(d -> d.message().equals("log: saved from the editor"))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertTrue(show.diagnostics().stream().anyMatch(d -> d.message().equals("log: saved from the editor")),
                        "the running show runs the saved version: " + show.diagnostics());
                assertTrue(show.healthy(), show.diagnostics().toString());
                assertTrue(Files.readString(project.descriptor().script()).endsWith("log.info('saved from the editor');"));
            } finally {
                playing.set(false);
                frames.join(5000);
            }
        }
    }

    private String check(String base, String token, String draft) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/check")).header("X-Octoseq-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(draft)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<String> labels(JsonNode result, String field) {
        List<String> out = new java.util.ArrayList<>();
        result.get(field).get("labels").forEach(l -> out.add(l.asText()));
        return out;
    }

    /** The HTTP runtime's failed whiteboard registrations, for failure messages. */
    static String whiteboardFailures(OctoseqRuntime runtime) throws Exception {
        StringBuilder b = new StringBuilder();
        for (ServiceReference<?> r : runtime.services("(objectClass=org.osgi.service.servlet.runtime.HttpServiceRuntime)")) {
            Object service = runtime.context().getService(r);
            Object dto = service.getClass().getMethod("getRuntimeDTO").invoke(service);
            for (String field : new String[] {"failedServletDTOs", "failedServletContextDTOs", "servletContextDTOs"}) {
                Object[] items = (Object[]) dto.getClass().getField(field).get(dto);
                b.append(field).append(": ");
                for (Object item : items) {
                    b.append(describeDto(item)).append("; ");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String describeDto(Object dto) throws Exception {
        StringBuilder b = new StringBuilder("{");
        for (java.lang.reflect.Field f : dto.getClass().getFields()) {
            Object v = f.get(dto);
            b.append(f.getName()).append('=').append(v instanceof Object[] a ? java.util.Arrays.deepToString(a) : v).append(' ');
        }
        return b.append('}').toString();
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("X-Octoseq-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEditorIsServedOnLoopbackWithItsToken() throws Exception {
        try (ShowHost host = new ShowHost(new Deployment(temp), true)) {
            String url = editorUrl(host.runtime);
            assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[0-9a-f]{32}"), url);
            String base = url.substring(0, url.indexOf('?'));
            String token = url.substring(url.indexOf("token=") + 6);
            HttpResponse<String> first = get(url, null);
            assertEquals(200, first.statusCode(), first.body() + "\n" + whiteboardFailures(host.runtime));
            assertTrue(get(url, null).body().contains("editor/vs/loader.js"));
            assertEquals(403, get(base, null).statusCode(), "the page needs the token");
            assertEquals(403, get(base + "?token=0000", null).statusCode());
            assertEquals(200, get(base + "editor/vs/loader.js", null).statusCode());
            assertEquals(200, get(base + "editor/vs/editor/editor.main.js", null).statusCode());
            assertEquals(200, get(base + "editor/vs/language/typescript/tsWorker.js", null).statusCode());
            assertEquals(403, get(base + "api/state", null).statusCode(), "the API needs the token header");
            HttpResponse<String> state = get(base + "api/state", token);
            assertEquals(200, state.statusCode());
            assertEquals("{\"running\":false}", state.body());
            String typings = get(base + "api/typings", token).body();
            assertTrue(typings.contains("declare const inputs: Inputs;"), "no show yet: the generic model " + typings);

            Path demo = temp.resolve("demo");
            DemoProject.ensure(demo);
            try (OpenProject project = host.open(demo); ScriptSession show = host.scripts.load(project.descriptor().script())) {
                show.frame(Transport.ofFrame(0, 30), null);
                JsonNode s = new ObjectMapper().readTree(get(base + "api/state", token).body());
                assertTrue(s.get("running").asBoolean(), s.toString());
                assertEquals(project.descriptor().script().toString(), s.get("script").get("file").asText());
                String live = get(base + "api/typings", token).body();
                assertTrue(live.contains("readonly \"Drums\": ") && !live.contains("Test Wave"), live);

                // the namespace changes under the running show: the typings follow
                var registration = host.runtime.context().registerService(CustomSignalProvider.class,
                        () -> Signal.constant(0.5), new java.util.Hashtable<>(java.util.Map.of(
                                CustomSignalProvider.PROP_ID, "sig-test", CustomSignalProvider.PROP_NAME, "Test Wave")));
                try {
                    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                    String refreshed = live;
                    for (long f = 1; !refreshed.contains("readonly \"Test Wave\": Signal;") && System.nanoTime() < deadline; f++) {
                        show.frame(Transport.ofFrame(f, 30), null); // the show plays on: its next frame sees the signal
                        Thread.sleep(100);
                        refreshed = get(base + "api/typings", token).body();
                    }
                    assertTrue(refreshed.contains("readonly \"Test Wave\": Signal;"), refreshed);
                    assertTrue(refreshed.contains("readonly \"sig-test\": Signal;"), refreshed);
                } finally {
                    registration.unregister();
                }

                String broken = check(base, token, "var e = inputs.mix.energy;\nvar x = ;\nfunction update(dt, frame) {}\n");
                assertTrue(broken.contains("{\"severity\":\"error\",\"line\":2,"), "a draft's syntax error is placed by the host: "
                        + broken);
                String old = check(base, token, "var e = inputs.mix.energy;\nfunction update(dt, frame) {\n"
                        + "  if (frame.time > 1000) var a = inputs.amplitude;\n}\n");
                assertTrue(old.contains("{\"severity\":\"warning\",\"line\":3,\"column\":41,\"phase\":\"lint\",\"message\":"
                        + "\"inputs.amplitude is a name of the original Octoseq engine: use inputs.mix.energy\""), old);
            }
        }
    }
}
