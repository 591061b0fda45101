package org.octoseq.script.api;

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

    @Test
    void theGenericDeclarationsAcceptAnyKey() {
        String dts = new TypeScriptDeclarations(ApiModel.standard()).generic();
        assertTrue(dts.contains("interface Stems {\n  readonly [key: string]: StemSignals | undefined;"), dts);
        assertTrue(dts.contains("declare const inputs: Inputs;"), dts);
    }
}
