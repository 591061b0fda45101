package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** The real runtime: Felix + FileInstall deploying every built bundle, all of them active. */
class RuntimeIT {

    @TempDir
    Path temp;

    @Test
    void everyJarInTheDeployFolderIsABundleAndBecomesActive() throws Exception {
        Deployment d = new Deployment(temp);
        Set<String> expected = OctoseqRuntime.symbolicNames(d.bundles); // throws for a jar without a BSN
        assertTrue(expected.containsAll(List.of("org.octoseq.api", "org.octoseq.mir", "org.octoseq.script",
                "org.octoseq.processing", "org.apache.felix.scr", "org.apache.felix.gogo.runtime")), expected::toString);
        try (OctoseqRuntime runtime = d.start(System.err)) {
            for (String bsn : expected) {
                Bundle b = runtime.bundle(bsn);
                assertEquals(Bundle.ACTIVE, b.getState(), bsn + " is " + Main.state(b.getState()));
            }
            for (Bundle b : runtime.bundles()) {
                assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " is " + Main.state(b.getState()));
            }

            String lb = Deployment.gogo(runtime, "lb");
            for (String name : List.of("Octoseq API and namespace registry", "Octoseq MIR analysis",
                    "Octoseq script host", "Octoseq Processing bridge", "Apache Felix File Install")) {
                assertTrue(lb.contains(name), () -> "lb does not list " + name + ":\n" + lb);
            }
            assertTrue(!lb.contains("Installed") && !lb.contains("Resolved"), lb);
        }
    }

    @Test
    void octoseqCommandsAreRegisteredForTheLauncherAndForGogo() throws Exception {
        try (OctoseqRuntime runtime = new Deployment(temp).start(System.err)) {
            for (String command : List.of("render", "run", "namespace")) {
                String filter = "(&(osgi.command.scope=octoseq)(osgi.command.function=" + command + "))";
                // SCR registers the command services a moment after the bundles are ACTIVE
                assertTrue(runtime.awaitService(filter, java.time.Duration.ofSeconds(10)) != null, command + " never came");
                assertEquals(1, runtime.services(filter).size(), command);
            }
            // a one-shot shell right after start-up lists the commands of every bundle, not just the first ones
            String help = Deployment.gogo(runtime, "help");
            for (String command : List.of("analyze", "check", "render", "run", "trace", "namespace", "diag", "status")) {
                assertTrue(help.contains("octoseq:" + command), () -> "Gogo help lacks octoseq:" + command + ":\n" + help);
            }
            String json = Deployment.gogo(runtime, "octoseq:namespace");
            assertTrue(json.contains("\"stems\""), json);
            assertEquals(127, runtime.command("no-such-command"));
        }
    }
}
