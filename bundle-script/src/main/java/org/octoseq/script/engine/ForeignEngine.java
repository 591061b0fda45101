package org.octoseq.script.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.script.ScriptEngineFactory;

/**
 * A JSR-223 engine another bundle provides: its factory and where it was found.
 *
 * @param factory  the engine's factory
 * @param origin   how it was found, for messages: "ScriptEngineFactory service of bundle X" or
 *                 "META-INF/services of bundle X"
 * @param ranking  the service's {@code service.ranking} (0 for engines found in META-INF/services)
 * @param bundleId the providing bundle
 */
public record ForeignEngine(ScriptEngineFactory factory, String origin, int ranking, long bundleId) {

    /** The engine's name and version, e.g. "Rhino 1.7.15" (Rhino's version already starts with its name). */
    public String title() {
        String name = factory.getEngineName();
        String version = factory.getEngineVersion();
        return version.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)) ? version : name + " " + version;
    }

    /**
     * The file name endings this engine runs, without the dot, lower case: each of its extensions ({@code js}),
     * and each extension after each of its names ({@code rhino.js}), so a file can ask for an engine by name.
     */
    public List<String> suffixes() {
        return suffixes(factory);
    }

    static List<String> suffixes(ScriptEngineFactory factory) {
        List<String> extensions = factory.getExtensions().stream().filter(e -> e != null && !e.isBlank())
                .map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        Stream<String> named = factory.getNames().stream().filter(n -> n != null && !n.isBlank())
                .map(n -> n.toLowerCase(Locale.ROOT)).distinct().filter(n -> !extensions.contains(n)) // no "js.js"
                .flatMap(n -> extensions.stream().map(e -> n + "." + e));
        return Stream.concat(extensions.stream(), named).distinct().toList();
    }

    @Override
    public String toString() {
        return title() + " (" + origin + ")";
    }
}
