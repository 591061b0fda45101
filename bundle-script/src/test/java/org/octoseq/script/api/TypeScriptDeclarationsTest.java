package org.octoseq.script.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declarations' shape: model docs as JSDoc, the project's keys as literal property names. */
class TypeScriptDeclarationsTest {

    @Test
    void projectKeysAreLiteralPropertiesAndGlobalsUseThem(@TempDir Path dir) throws Exception {
        String dts;
        try (SampleShow show = new SampleShow()) {
            Map<String, RuntimeBinding> globals = show.globals(dir);
            dts = new TypeScriptDeclarations(ApiModel.standard()).forProject(globals, "a test");
        }
        assertTrue(dts.contains("declare const inputs: ProjectInputs;"), dts);
        assertTrue(dts.contains("declare const timing: ProjectTimingSignals;"), dts);
        assertTrue(dts.contains("readonly \"Drums\": ProjectStemSignals_stems_Drums;"), dts);
        assertTrue(dts.contains("readonly \"stem-drums\": ProjectStemSignals_stems_Drums;"), dts);
        assertTrue(dts.contains("readonly \"Kick\": BandSignals;") || dts.contains("readonly \"Kick\": ProjectBandSignals"), dts);
        assertTrue(dts.contains("readonly \"Bass Energy\": Signal;"), dts);
        assertTrue(dts.contains("readonly shimmer: Signal;"), "an extra signal of the mix is typed: " + dts);
        assertTrue(dts.contains("declare function doc(path: string): any;"), dts);
        assertTrue(dts.contains("  mix(other: number | Signal, w?: number | Signal): Signal;"), dts);
        assertTrue(dts.contains("@param w Weight of other. Default: 0.5."), dts);
        assertFalse(dts.contains("sampleAt"), "Java-only members are not declared");
    }

    /**
     * Checklist 119: every collection key the declarations offer (stems, bands of the mix and of a stem, custom
     * signals, custom events) resolves in a real script, and items are typed so members complete after them.
     */
    @Test
    void everyOfferedKeyResolvesAtRuntime(@TempDir Path dir) throws Exception {
        try (SampleShow show = new SampleShow()) {
            String dts = new TypeScriptDeclarations(ApiModel.standard()).forProject(show.globals(dir), "a test");
            java.util.regex.Matcher block = java.util.regex.Pattern.compile(
                    "In this project: (\\S+)\\.\\n(?: \\*.*\\n)* \\*/\\ninterface (Project(?:Stems|Bands|CustomSignals|CustomEvents)\\w*) \\{\\n((?:.*\\n)*?)\\}")
                    .matcher(dts);
            StringBuilder checks = new StringBuilder();
            int keys = 0;
            java.util.Set<String> collections = new java.util.TreeSet<>();
            while (block.find()) {
                collections.add(block.group(1));
                java.util.regex.Matcher key = java.util.regex.Pattern.compile("  readonly (\"(?:[^\"\\\\]|\\\\.)*\"): (\\w+);")
                        .matcher(block.group(3));
                while (key.find()) {
                    checks.append("if (").append(block.group(1)).append('[').append(key.group(1))
                            .append("] === undefined) log.error('unresolved ").append(block.group(1)).append(' ')
                            .append(key.group(1).replace("'", "\\'")).append("');\n");
                    keys++;
                }
            }
            assertTrue(collections.containsAll(java.util.List.of("inputs.stems", "inputs.mix.bands",
                    "inputs.stems.Drums.bands", "inputs.customSignals", "inputs.customEvents")), collections.toString());
            assertEquals(10, keys, "label and id of one item in each of five collections:\n" + checks);
            checks.append("log.info('checked');\n");
            try (org.octoseq.script.host.JsScriptSession s = show.open(dir, checks.toString())) {
                var messages = s.diagnostics().stream().map(d -> d.message()).toList();
                assertTrue(messages.contains("log: checked"), messages.toString());
                assertTrue(messages.stream().noneMatch(m -> m.contains("unresolved") || m.contains("has no key")),
                        messages.toString());
            }
            assertTrue(dts.contains("readonly \"Bass Energy\": Signal;"), "a custom signal completes Signal's members");
            assertTrue(dts.contains("readonly \"Hits\": EventStream;"), "a custom event stream completes its members");
        }
    }

    @Test
    void theGenericDeclarationsAcceptAnyKey() {
        String dts = new TypeScriptDeclarations(ApiModel.standard()).generic();
        assertTrue(dts.contains("interface Stems {\n  readonly [key: string]: StemSignals | undefined;"), dts);
        assertTrue(dts.contains("declare const inputs: Inputs;"), dts);
    }
}
