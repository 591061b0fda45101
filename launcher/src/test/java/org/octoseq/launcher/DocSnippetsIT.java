package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import org.octoseq.launcher.demo.DemoProject;
import processing.awt.PGraphicsJava2D;
import processing.core.PApplet;

/**
 * Every {@code js} code block of docs/scripting.md runs against the demo project in the real runtime: it loads,
 * and 60 frames of update + draw (on a real offscreen Processing graphics) report no error.
 */
class DocSnippetsIT {

    private static final Pattern JS_BLOCK = Pattern.compile("(?m)^```js\\n(.*?)^```", Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void everyJsSnippetInTheScriptingReferenceRuns() throws Exception {
        Path doc = Path.of(System.getProperty("octoseq.docs.dir", "../docs")).resolve("scripting.md");
        String text = Files.readString(doc);
        List<String> snippets = new ArrayList<>();
        Matcher m = JS_BLOCK.matcher(text);
        while (m.find()) {
            snippets.add(m.group(1));
        }
        assertTrue(snippets.size() >= 8, "found only " + snippets.size() + " js blocks in " + doc);

        Path demo = temp.resolve("demo");
        DemoProject.ensure(demo);
        PGraphicsJava2D g = new PGraphicsJava2D();
        g.setParent(new PApplet());
        g.setPrimary(false);
        g.setSize(320, 180);

        List<String> failures = new ArrayList<>();
        try (ShowHost host = new ShowHost(new Deployment(temp)); OpenProject project = host.open(demo)) {
            for (int i = 0; i < snippets.size(); i++) {
                // inside the show folder, as a show's own script (assets are found from there)
                Path file = Files.writeString(demo.resolve("scripts/snippet-" + i + ".js"), snippets.get(i));
                try (ScriptSession s = host.scripts.load(file)) {
                    for (int f = 0; f < 60; f++) {
                        g.beginDraw();
                        s.frame(Transport.ofFrame(f + 120, 30), g);
                        g.endDraw();
                    }
                    List<Diagnostic> errors = s.diagnostics().stream().filter(Diagnostic::isError).toList();
                    if (!s.healthy() || !errors.isEmpty()) {
                        failures.add("snippet " + (i + 1) + ":\n" + snippets.get(i) + "-> " + s.diagnostics());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }
}
