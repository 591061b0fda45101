package org.octoseq.mir.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;

class ProjectFileReaderTest {

    @TempDir
    Path dir;

    private final ProjectFileReader reader = new ProjectFileReader();

    private ProjectFileReader.Result read(String... lines) throws IOException {
        return reader.read(Files.writeString(dir.resolve("project.json"), String.join("\n", lines)));
    }

    /** The message of the error reading these lines gives, checked to name the file. */
    private String error(String... lines) {
        IOException e = assertThrows(IOException.class, () -> read(lines));
        assertTrue(e.getMessage().startsWith(dir.resolve("project.json").toString()), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void theDesignExampleReadsWithoutWarnings() throws IOException {
        ProjectFileReader.Result r = read(
                "{\"name\": \"My Show\",",
                " \"mix\": \"audio/mix.wav\",",
                " \"stems\": [{\"id\": \"stem-drums\", \"label\": \"Drums\", \"file\": \"stems/drums.wav\"}],",
                " \"bands\": [{\"id\": \"band-low\", \"label\": \"Low\", \"source\": \"mix\", \"lowHz\": 20, \"highHz\": 150}],",
                " \"customSignals\": [{\"id\": \"sig-bass\", \"name\": \"Bass Energy\", \"source\": \"mix\",",
                "   \"function\": \"melSpectrogram\", \"reduction\": \"mean\", \"lowHz\": 20, \"highHz\": 250}],",
                " \"customEvents\": [{\"id\": \"ev-hits\", \"name\": \"Hits\", \"file\": \"events/hits.json\"}],",
                " \"beatGrid\": {\"segments\": [{\"startSec\": 0, \"bpm\": 124, \"phaseOffsetSec\": 0.5}]},",
                " \"search\": {\"startSec\": 30.0, \"endSec\": 38.0},",
                " \"script\": \"scripts/show.js\",",
                " \"render\": {\"width\": 1920, \"height\": 1080, \"fps\": 30}}");
        assertEquals(List.of(), r.warnings());
        ProjectFile p = r.project();
        assertEquals("My Show", p.name());
        assertEquals("audio/mix.wav", p.mix());
        assertEquals(List.of(new ProjectFile.Stem("stem-drums", "Drums", "stems/drums.wav")), p.stems());
        assertEquals("scripts/show.js", p.script());
        assertEquals(new ProjectFile.Render(1920, 1080, 30.0), p.render());
        assertEquals(124, p.beatGrid().grid().bpm(10), 1e-12);
        assertEquals("melSpectrogram", p.customSignals().get(0).function());
        assertEquals("ev-hits", p.customEvents().get(0).id());
        assertEquals(38.0, p.search().endSec(), 1e-12);
    }

    @Test
    void onlyMixIsRequired() throws IOException {
        ProjectFile p = read("{\"mix\": \"mix.wav\"}").project();
        assertNull(p.name());
        assertEquals(List.of(), p.stems());
        assertNull(p.render());
    }

    @Test
    void unknownFieldsAreWarningsNamingFieldAndLine() throws IOException {
        List<Diagnostic> w = read(
                "{\"mix\": \"mix.wav\",",
                " \"colour\": {\"r\": 1},",
                " \"stems\": [{\"file\": \"a.wav\", \"gain\": 2}]}").warnings();
        assertEquals(2, w.size(), w.toString());
        assertEquals(Diagnostic.Kind.WARNING, w.get(0).kind());
        assertEquals(Diagnostic.Phase.PROJECT, w.get(0).phase());
        assertTrue(w.get(0).message().contains("'colour'"), w.get(0).message());
        assertEquals(2, w.get(0).location().line());
        assertTrue(w.get(1).message().contains("'stems[0].gain'"), w.get(1).message());
        assertEquals(3, w.get(1).location().line());
    }

    @Test
    void missingMixNamesTheField() {
        String m = error("{\"name\": \"x\",", " \"script\": \"a.js\"", "}");
        assertTrue(m.contains("field 'mix' is required"), m);
        assertTrue(m.contains("project.json:3:"), m);
    }

    @Test
    void wrongTypeNamesFieldAndLine() {
        String m = error("{", "  \"mix\": 5", "}");
        assertTrue(m.contains("project.json:2:"), m);
        assertTrue(m.contains("field 'mix' must be a string (got a whole number)"), m);
    }

    @Test
    void wrongTypeInsideAListNamesThePath() {
        String m = error("{\"mix\": \"m.wav\",", " \"stems\": [{\"file\": \"a.wav\"},", "  {\"file\": [1]}]}");
        assertTrue(m.contains("project.json:3:"), m);
        assertTrue(m.contains("field 'stems[1].file' must be a string"), m);
    }

    @Test
    void stemsMustBeAList() {
        String m = error("{\"mix\": \"m.wav\", \"stems\": {\"file\": \"a.wav\"}}");
        assertTrue(m.contains("field 'stems' must be a list"), m);
    }

    @Test
    void renderNumbersAreChecked() {
        String m = error("{\"mix\": \"m.wav\",", "\"render\": {\"width\": \"wide\"}}");
        assertTrue(m.contains("project.json:2:"), m);
        assertTrue(m.contains("field 'render.width' must be a whole number (got a string)"), m);
        String neg = error("{\"mix\": \"m.wav\",", "\"render\": {\"fps\": -1}}");
        assertTrue(neg.contains("field 'render.fps' must be greater than 0"), neg);
    }

    @Test
    void stemWithoutFileNamesTheField() {
        String m = error("{\"mix\": \"m.wav\",", " \"stems\": [{\"id\": \"stem-x\"}]}");
        assertTrue(m.contains("field 'stems[0].file' is required"), m);
        assertTrue(m.contains(":2:"), m);
    }

    @Test
    void malformedJsonGivesTheLine() {
        String m = error("{\"mix\": \"m.wav\"", " \"name\": \"x\"}");
        assertTrue(m.contains("project.json:2:"), m);
        assertTrue(m.contains("malformed JSON"), m);
    }

    @Test
    void emptyAndNonObjectFilesAreErrors() {
        assertTrue(error("").contains("is empty"));
        assertTrue(error("[1, 2]").contains("must be an object"));
        assertTrue(error("{\"mix\": \"m.wav\"} {}").contains("unexpected content"));
    }
}
