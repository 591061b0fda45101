package org.octoseq.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.signal.Signal;
import org.octoseq.script.host.JsScriptSession;

/**
 * Spec checklist 117 and section 6.6: {@code doc}, {@code help} and {@code describe} in a real script, served
 * from the model.
 */
class ScriptHelpTest {

    private static SampleShow show;
    private static Path dir;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start(@TempDir Path d) {
        show = new SampleShow();
        dir = d;
    }

    @AfterAll
    static void stop() {
        show.close();
    }

    /** Runs {@code expression} at the top level of a script and returns what it gave, as JSON. */
    private JsonNode eval(String expression) throws Exception {
        String script = "log.info('RESULT ' + JSON.stringify(" + expression + "));\n";
        try (JsScriptSession s = show.open(dir, script)) {
            for (Diagnostic d : s.diagnostics()) {
                if (d.message().startsWith("log: RESULT ")) {
                    return json.readTree(d.message().substring("log: RESULT ".length()));
                }
            }
            throw new AssertionError(expression + " gave nothing: " + s.diagnostics());
        }
    }

    @Test
    void docOfAMethodListsItsOverloads() throws Exception {
        JsonNode d = eval("doc('Signal.scale')");
        assertEquals("method", d.get("kind").asText());
        assertEquals("Signal", d.get("type").asText());
        assertEquals("scale(factor: number | Signal): Signal", d.get("overloads").get(0).get("signature").asText());
        JsonNode mix = eval("doc('Signal.mix').overloads[0].params[1]");
        assertEquals("w", mix.get("name").asText());
        assertTrue(mix.get("optional").asBoolean());
        assertEquals(0.5, mix.get("default").asDouble());
    }

    @Test
    void docOfAPropertyAnEmptyNameAndAnUnknownName() throws Exception {
        JsonNode smooth = eval("doc('Signal.smooth')");
        assertEquals("property", smooth.get("kind").asText());
        assertEquals("SmoothBuilder", smooth.get("property").get("type").asText());
        assertEquals("error", eval("doc('')").get("kind").asText());
        JsonNode nope = eval("doc('Nope.x')");
        assertEquals("not_found", nope.get("kind").asText());
        assertEquals("Nope.x", nope.get("query").asText());
        assertTrue(eval("doc('Signal.scal')").get("message").asText().contains("did you mean Signal.scale"));
    }

    @Test
    void docFollowsPathsThroughGlobalsAndCollections() throws Exception {
        JsonNode g = eval("doc('timing')");
        assertEquals("global", g.get("kind").asText());
        assertEquals("TimingSignals", g.get("name").asText());
        JsonNode phase = eval("doc('timing.beatPhase')");
        assertEquals("0..1", phase.get("property").get("range").asText());
        JsonNode stemEnergy = eval("doc('inputs.stems[\"Drums\"].energy')");
        assertEquals("StemSignals", stemEnergy.get("type").asText());
        assertEquals("property", stemEnergy.get("kind").asText());
    }

    @Test
    void helpOfSignalListsEveryScriptMethodTheRuntimeHas() throws Exception {
        String help = eval("help('Signal')").asText();
        assertTrue(help.startsWith("Signal - "), help);
        int at = help.indexOf("Methods:\n");
        assertTrue(at > 0, help);
        Set<String> listed = new TreeSet<>();
        for (String line : help.substring(at).split("\n")) {
            if (line.startsWith("  ")) {
                listed.add(line.trim().substring(0, line.trim().indexOf('(')));
            }
        }
        // the runtime's script methods: dynalink's view of Signal, minus Java-only members the model marks
        Set<String> runtime = new TreeSet<>(JavaSurface.of(Signal.class).methods().keySet());
        runtime.removeIf(n -> n.startsWith("get") || ApiModel.standard().type("Signal").orElseThrow().overloads(n).stream()
                .anyMatch(ApiMethod::javaOnly));
        assertEquals(runtime, listed);
        assertTrue(listed.size() >= 54, "Signal has " + listed.size() + " script methods");
    }

    @Test
    void helpOfAValueAndOfNothing() throws Exception {
        assertTrue(eval("help(inputs.mix)").asText().startsWith("MixSignals - "));
        assertTrue(eval("help(inputs.mix.onsetPeaks)").asText().startsWith("EventStream - "));
        assertTrue(eval("help()").asText().contains("  timing: TimingSignals"));
        assertEquals("number (no host docs)", eval("help(3)").asText());
    }

    @Test
    void describeIdentifiesNamespacesSignalsAndPlainValues() throws Exception {
        JsonNode stems = eval("describe(inputs.stems)");
        assertEquals("Stems", stems.get("name").asText());
        List<String> keys = new ArrayList<>();
        stems.get("keys").forEach(k -> keys.add(k.asText()));
        assertEquals(List.of("Drums", "stem-drums"), keys);
        JsonNode sig = eval("describe(inputs.mix.energy.mul(2))");
        assertEquals("Signal", sig.get("name").asText());
        assertTrue(sig.get("structure").asText().contains("energy"), sig.toString());
        assertEquals("BandSignals", eval("describe(inputs.stems['Drums'].bands['Kick'])").get("name").asText());
        JsonNode value = eval("describe({a: 1})");
        assertEquals("value", value.get("kind").asText());
        assertEquals("object", value.get("type").asText());
        assertEquals("method", eval("describe('Signal.add')").get("kind").asText());
    }
}
