package org.octoseq.mir.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.mir.ProjectJson;

/** Invalid custom signal definitions are refused with the field, the line and the allowed values. */
class CustomSignalDefinitionTest {

    @TempDir
    Path dir;

    private String error(String signal) throws IOException {
        String m = ProjectJson.error(dir, "{\"mix\": \"m.wav\",\n \"customSignals\": [\n  " + signal + "]}");
        assertTrue(m.contains("project.json:3:"), m);
        return m;
    }

    @Test
    void functionAndReductionMustBeKnownWordsAndTheMessageListsThem() throws IOException {
        String f = error("{\"id\": \"s\", \"function\": \"mel\", \"reduction\": \"mean\"}");
        assertTrue(f.contains("field 'customSignals[0].function' is 'mel'; it must be one of melSpectrogram, hpssHarmonic, "
                + "hpssPercussive, mfcc, chroma, cqt"), f);
        String r = error("{\"id\": \"s\", \"function\": \"cqt\"}");
        assertTrue(r.contains("field 'customSignals[0].reduction' is required; it must be one of mean, max, amplitude, "
                + "spectralFlux, spectralCentroid, onsetStrength"), r);
        String id = error("{\"function\": \"cqt\", \"reduction\": \"max\"}");
        assertTrue(id.contains("field 'customSignals[0].id' is required"), id);
    }

    @Test
    void paramsAreCheckedPerFunction() throws IOException {
        String unknown = error("{\"id\": \"s\", \"function\": \"mfcc\", \"reduction\": \"mean\", \"params\": {\"bands\": 3}}");
        assertTrue(unknown.contains("field 'customSignals[0].params.bands' is not a parameter of mfcc; allowed: coefficients, melBands"),
                unknown);
        String none = error("{\"id\": \"s\", \"function\": \"cqt\", \"reduction\": \"mean\", \"params\": {\"melBands\": 3}}");
        assertTrue(none.contains("is not a parameter of cqt; allowed: none"), none);
        String range = error("{\"id\": \"s\", \"function\": \"melSpectrogram\", \"reduction\": \"mean\", \"params\": {\"melBands\": 3}}");
        assertTrue(range.contains("field 'customSignals[0].params.melBands' must be a whole number from 8 to 256, got 3"), range);
        String pc = error("{\"id\": \"s\", \"function\": \"chroma\", \"reduction\": \"mean\", \"params\": {\"pitchClasses\": [\"H\"]}}");
        assertTrue(pc.contains("has \"H\", which is not a pitch class; allowed: C, C#, D"), pc);
        String coeff = error("{\"id\": \"s\", \"function\": \"mfcc\", \"reduction\": \"mean\", \"params\": {\"coefficients\": [5, 2]}}");
        assertTrue(coeff.contains("must be [from, to] with 0 <= from <= to <= 39, got [5, 2]"), coeff);
    }

    @Test
    void rangesAndPrecomputedFilesAreChecked() throws IOException {
        String hz = error("{\"id\": \"s\", \"function\": \"cqt\", \"reduction\": \"mean\", \"lowHz\": 300, \"highHz\": 200}");
        assertTrue(hz.contains("field 'customSignals[0].highHz' must be a number of Hz greater than lowHz (300.0), got 200.0"), hz);
        String both = error("{\"id\": \"s\", \"file\": \"k.json\", \"function\": \"cqt\"}");
        assertTrue(both.contains("field 'customSignals[0].function' cannot be given with 'file'"), both);
    }

    @Test
    void aValidDefinitionKeepsItsTypedParts() throws IOException {
        CustomSignalDefinition d = ProjectJson.read(dir, """
                {"mix": "m.wav", "customSignals": [{"id": "s", "name": "S", "source": "stem-bass", "function": "chroma",
                  "reduction": "max", "params": {"pitchClasses": ["A", "Db"]}}]}
                """).customSignals().get(0);
        assertEquals(SpectralFunction.CHROMA, d.spectralFunction());
        assertEquals(Reduction.MAX, d.reductionKind());
        assertEquals("stem-bass", d.sourceOrMix());
        assertTrue(d.functionParams().hasPitchClass(9) && d.functionParams().hasPitchClass(1)
                && !d.functionParams().hasPitchClass(0));
    }
}
