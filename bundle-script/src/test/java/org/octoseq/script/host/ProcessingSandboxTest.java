package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.time.Transport;
import processing.awt.PGraphicsJava2D;
import processing.core.PApplet;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The Processing objects a script draws with do not open a way out of the sandbox: the sketch behind
 * {@code g.parent}, file writes and reads through {@code save}/{@code loadShape}, AWT through {@code g2} and
 * {@code getNative()}, and the frame's own lifecycle are refused with a diagnostic naming the member, while
 * drawing goes on as before. Real Nashorn, real Processing graphics (JAVA2D, offscreen), a real sketch object.
 */
class ProcessingSandboxTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private PGraphics g;
    private long frame;

    @BeforeEach
    void graphics() {
        PApplet sketch = new PApplet();
        g = new PGraphicsJava2D();
        g.setParent(sketch);
        g.setPrimary(false);
        g.setSize(64, 48);
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    private void frame(JsScriptSession s) {
        g.beginDraw();
        s.frame(new Transport(frame / 60.0, 1 / 60.0, frame), g);
        g.endDraw();
        frame++;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "g.parent.saveStrings(PWNED, ['x'])",                      // the sketch: file writes ...
            "g.parent.exec(['touch', PWNED])",                         // ... processes
            "g.parent.launch(PWNED)",
            "g.parent.exit()",                                         // ... stopping the show
            "g.parent.noLoop()",
            "var p = g.parent; p.createWriter(PWNED)",
            "g['parent'].exit()",                                      // a computed name
            "var n = 'par' + 'ent'; g[n].exit()",
            "g.save(PWNED + '.png')",                                  // file writes on graphics and images
            "g.get().save(PWNED + '.png')",
            "g.get(0, 0, 4, 4).parent.exit()",
            "g.loadShape(PWNED + '.svg')",                             // file reads
            "g.loadShader(PWNED)",
            "g.g2.getDeviceConfiguration()",                           // AWT
            "g.getNative().dispose()",
            "g.image.getGraphics()",
            "g.endDraw()",                                             // the host's frame
            "g.setSize(4000, 4000)",
            "g.dispose()",
            "var o = Object.bindProperties({}, g); o.save(PWNED + '.png')", // bound properties would skip the linker
            "g.createSurface().openLink('file:///')",                  // a new window surface: links, dialogs
            "g.native.dispose()",                                      // bean properties of refused getters
            "g.textSize(12); g.textFont.font.getFamily()",
            "g.get().native.getGraphics()",
            "g.raw",
            "g.primary = true",                                        // assignments into the host's graphics
            "g.width = 1",
            "g.pixels = null",
            "g.path = PWNED",
    })
    void aWayOutThroughProcessingIsRefusedAndDrawingGoesOn(String escape) throws IOException {
        fx = new SessionFixture(dir);
        String pwned = dir.resolve("PWNED").toString().replace("\\", "/");
        JsScriptSession s = fx.open("var PWNED = '" + pwned + "';\nvar draws = 0;\n"
                + "function draw(g) {\n  g.fill(255, 0, 0);\n  g.rect(0, 0, g.width, g.height);\n  draws++;\n  "
                + escape + ";\n  log.info('escaped');\n}\n", SessionSettings.headless());
        assertTrue(s.healthy(), () -> s.diagnostics().toString());
        frame(s);
        frame(s);
        List<Diagnostic> errors = SessionFixture.errors(s);
        assertEquals(1, errors.size(), () -> escape + " -> " + s.diagnostics());
        Diagnostic d = errors.get(0);
        assertEquals(2, d.count(), d::toString);
        assertEquals(7, d.location().line(), () -> escape + " -> " + d);
        assertTrue(d.message().contains("not available to show scripts") || d.message().contains("not available in show scripts"),
                () -> escape + " -> " + d.message());
        assertFalse(SessionFixture.messages(s).contains("log: escaped"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("PWNED")), escape);
        }
        g.loadPixels();
        assertEquals(0xFFFF0000, g.pixels[10 * 64 + 10], "the frame was still drawn before the refusal");
        s.close();
    }

    @Test
    void theMessageNamesTheMemberAndWhatToDoInstead() throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("function draw(g) {\n  g.save('x.png');\n}\n", SessionSettings.headless());
        frame(s);
        assertEquals("PGraphicsJava2D.save is not available to show scripts (scripts cannot write files;"
                + " octoseq render writes frames)", SessionFixture.errors(s).get(0).message());
    }

    @Test
    void drawingMembersImagesAndConstantsStillWork() throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("""
                function draw(g) {
                  g.background(0);
                  g.pushMatrix();
                  g.translate(g.width / 2, g.height / 2);
                  g.noStroke();
                  g.fill(0, 0, 255);
                  g.ellipse(0, 0, 20, 20);
                  g.popMatrix();
                  var img = g.get(0, 0, 8, 8);
                  img.loadPixels();
                  g.image(img, 40, 0);
                  g.textSize(8);
                  log.info('w ' + g.width + ' img ' + img.width + ' mode ' + g.rectMode);
                }
                """, SessionSettings.headless());
        frame(s);
        assertEquals(List.of(), SessionFixture.errors(s), () -> s.diagnostics().toString());
        assertTrue(SessionFixture.messages(s).contains("log: w 64 img 8 mode " + PConstants.CORNER),
                () -> SessionFixture.messages(s).toString());
        g.loadPixels();
        assertEquals(0xFF0000FF, g.pixels[24 * 64 + 32]);
    }
}
