package org.octoseq.processing.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    private final FakeShow show = new FakeShow();
    private final RunCommand command = new RunCommand(show, show, show);

    @Test
    void withoutADisplayItPointsToRender() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "tests run headless");

        CapturedConsole run = CapturedConsole.run(() -> command.run("myshow"));

        assertEquals(1, run.exitCode);
        assertEquals("octoseq run: no display: use `octoseq render PROJECT --out DIR`", run.err.strip());
        assertEquals(0, show.opened.size());
    }

    @Test
    void openGlRenderersSayJoglIsMissing() {
        CapturedConsole run = CapturedConsole.run(() -> command.run("myshow", "--renderer", "P3D", "--fullscreen"));

        assertEquals(1, run.exitCode);
        assertTrue(run.err.startsWith("octoseq run: renderer P3D needs JOGL (OpenGL), which is not available in this"
                + " runtime"), run.err);
        assertEquals(0, show.opened.size());
    }

    @Test
    void badOptionsAreOneLineErrors() {
        for (String[] args : new String[][] {{"s", "--renderer", "svg"}, {"s", "--display", "0"},
                {"s", "--loop=yes"}, {"s", "--audio-offset-ms", "soon"}}) {
            CapturedConsole run = CapturedConsole.run(() -> command.run(args));
            assertEquals(1, run.exitCode, String.join(" ", args));
            assertEquals(1, run.err.lines().count(), run.err);
            assertTrue(run.err.startsWith("octoseq run: "), run.err);
        }
    }

    @Test
    void helpListsTheKeys() {
        CapturedConsole run = CapturedConsole.run(() -> command.run("--help"));

        assertEquals(0, run.exitCode);
        assertTrue(run.out.contains("--audio-offset-ms") && run.out.contains("r reload the script"), run.out);
    }
}
