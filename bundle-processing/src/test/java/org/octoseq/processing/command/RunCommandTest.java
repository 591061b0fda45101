package org.octoseq.processing.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    @Test
    void withoutADisplayItPointsToRender() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "tests run headless");
        FakeShow show = new FakeShow();

        CapturedConsole run = CapturedConsole.run(() -> new RunCommand(show, show).run("myshow"));

        assertEquals(1, run.exitCode);
        assertEquals("octoseq run: no display: use `octoseq render PROJECT --out DIR`", run.err.strip());
        assertEquals(0, show.opened.size());
    }
}
