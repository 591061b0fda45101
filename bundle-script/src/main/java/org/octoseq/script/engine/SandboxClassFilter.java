package org.octoseq.script.engine;

import java.util.List;
import org.openjdk.nashorn.api.scripting.ClassFilter;

/**
 * The Java classes a script may name ({@code Java.type}, {@code Packages.*}): only the Octoseq API. Objects the
 * host hands in (signals, the Processing graphics) stay usable; everything else — {@code java.lang.Runtime},
 * files, reflection, processes — is out of reach.
 */
public final class SandboxClassFilter implements ClassFilter {

    private static final List<String> ALLOWED_PREFIXES = List.of("org.octoseq.api.");

    @Override
    public boolean exposeToScripts(String className) {
        return ALLOWED_PREFIXES.stream().anyMatch(className::startsWith);
    }
}
