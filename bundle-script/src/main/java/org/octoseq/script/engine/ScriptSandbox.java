package org.octoseq.script.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.script.Bindings;
import org.openjdk.nashorn.api.scripting.JSObject;

/**
 * Removes the Nashorn globals that reach outside the show: Java packages ({@code Packages}, {@code java},
 * {@code javax}…, which the {@link SandboxClassFilter} would mostly refuse anyway), file and URL loading
 * ({@code load}, {@code loadWithNewGlobal}), leaving the JVM ({@code exit}, {@code quit}), and the engine and
 * context objects (from which a script could make a new engine without the class filter). Each is replaced by
 * a {@link BlockedGlobal} that explains itself when touched. {@code Java.type} stays: the class filter limits it
 * to {@code org.octoseq.api.*}.
 */
public final class ScriptSandbox {

    private static final String JAVA = "Java packages are out of reach; scripts use the host API (inputs, timing,"
            + " log) and, through Java.type, only org.octoseq.api classes";
    private static final String FILES = "scripts cannot read files or URLs";
    private static final String JVM = "a show script cannot stop the program";
    private static final String ENGINE = "the script engine itself is not part of the API";

    private static final Map<String, String> BLOCKED = blocked();

    private static Map<String, String> blocked() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pkg : new String[] {"Packages", "java", "javax", "javafx", "com", "edu", "org", "net", "jdk",
                "sun", "JavaImporter"}) {
            m.put(pkg, JAVA);
        }
        m.put("load", FILES);
        m.put("loadWithNewGlobal", FILES);
        m.put("readFully", FILES);
        m.put("readLine", FILES);
        m.put("exit", JVM);
        m.put("quit", JVM);
        m.put("engine", ENGINE);
        m.put("context", ENGINE);
        return Map.copyOf(m);
    }

    /** Replaces the dangerous globals of a fresh Nashorn global object (its engine-scope bindings). */
    public void seal(Bindings global) {
        BLOCKED.forEach((name, reason) -> global.put(name, new BlockedGlobal(name, reason)));
        // Nashorn's Object.bindProperties binds a Java object's members through its own Java linker, past the
        // checks the host's linkers make (ProcessingSandboxLinker)
        if (global.get("Object") instanceof JSObject object) {
            object.setMember("bindProperties", new BlockedGlobal("Object.bindProperties",
                    "it would hand out Java objects' members without the sandbox's checks"));
        }
    }
}
