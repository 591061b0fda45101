package org.octoseq.script.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.engine.RhinoScriptEngineFactory;

/** Which engine a file's name picks (the discovery itself is shown in a real framework by ScriptEnginesIT). */
class EngineCatalogTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private final ForeignEngine rhino = new ForeignEngine(new RhinoScriptEngineFactory(), "test", 0, 7);
    private final EngineCatalog catalog = EngineCatalog.of(QUIET, rhino);

    @Test
    void aPlainExtensionGoesToNashornAndAnEngineNameBeforeItToThatEngine() {
        assertInstanceOf(EngineChoice.Nashorn.class, catalog.choose("main.js"));
        assertInstanceOf(EngineChoice.Nashorn.class, catalog.choose("main.backup.js"));
        assertEquals(new EngineChoice.Foreign(rhino), catalog.choose("main.rhino.js"));
        assertEquals(new EngineChoice.Foreign(rhino), catalog.choose("Main.RHINO.JS"));
        assertInstanceOf(EngineChoice.Nashorn.class, catalog.choose("main.nashorn.js"));
    }

    @Test
    void onATieTheBuiltInNashornWins() {
        // both are named "javascript" and run .js
        assertInstanceOf(EngineChoice.Nashorn.class, catalog.choose("main.javascript.js"));
    }

    @Test
    void aHigherRankingWinsATieBetweenOtherEngines() {
        ForeignEngine ranked = new ForeignEngine(new RhinoScriptEngineFactory(), "ranked", 5, 9);
        assertEquals(new EngineChoice.Foreign(ranked), EngineCatalog.of(QUIET, rhino, ranked).choose("main.rhino.js"));
    }

    @Test
    void aFileNoEngineRunsIsRefusedWithTheEndingsThatWork() {
        EngineChoice choice = catalog.choose("main.py");
        assertInstanceOf(EngineChoice.None.class, choice);
        String reason = ((EngineChoice.None) choice).reason();
        assertTrue(reason.startsWith("no script engine runs 'main.py'; the engines run files ending in .js, .nashorn.js,"
                + " .javascript.js, .ecmascript.js (built-in Nashorn); .js, .rhino.js, .javascript.js (Rhino 1.7.15)"), reason);
        assertInstanceOf(EngineChoice.Nashorn.class, catalog.choose("show"), "no extension: the default engine");
    }
}
