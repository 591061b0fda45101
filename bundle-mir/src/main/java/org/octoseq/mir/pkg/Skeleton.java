package org.octoseq.mir.pkg;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JavaScript skeleton written beside an imported package's Rhai script. */
final class Skeleton {

    private Skeleton() {
    }

    /** A runnable script that says what needs porting, lists the imported inputs and quotes the Rhai original. */
    @SuppressWarnings("unchecked")
    static String javaScript(InterpretationPackage p, Map<String, Object> project) {
        StringBuilder js = new StringBuilder();
        js.append("// Imported from the Octoseq interpretation package \"").append(project.get("name")).append("\".\n");
        if (p.script() != null) {
            js.append("//\n// NEEDS PORTING: the package's script is Rhai, saved beside this file as main.rhai. Port it to\n")
                    .append("// JavaScript by hand (docs/scripting.md): 'fn f(x) { }' becomes 'function f(x) { }', '#{ k: v }'\n")
                    .append("// becomes '{ k: v }', and Signal arithmetic is by method: 'a + b' becomes 'a.add(b)', 'a * 2'\n")
                    .append("// becomes 'a.mul(2)'. Until then this skeleton runs and reads nothing.\n");
        }
        js.append("//\n// Imported inputs:\n");
        line(js, "inputs.mix", names(p.signals().stream().map(InterpretationPackage.Signal::name).toList()));
        line(js, "inputs.mix events", p.eventStreams().stream().map(e -> e.name() + " (" + e.events().size() + ")").toList());
        line(js, "inputs.mix.bands / inputs.stems[..].bands", ids((List<Map<String, Object>>) project.get("bands"), "label"));
        line(js, "inputs.stems", ids((List<Map<String, Object>>) project.get("stems"), "label"));
        line(js, "inputs.customSignals", ids((List<Map<String, Object>>) project.get("customSignals"), "name"));
        line(js, "inputs.composedSignals", p.composedSignals().stream().map(InterpretationPackage.Signal::name).toList());
        line(js, "inputs.customEvents", p.authoredEventStreams().stream()
                .map(e -> e.name() + " (" + e.events().size() + ")").toList());
        if (p.script() != null) {
            js.append("//\n// The original Rhai script:\n");
            p.script().lines().forEach(l -> js.append("//   ").append(l).append('\n'));
        }
        js.append("\nfunction update(dt, frame) {\n}\n");
        return js.toString();
    }

    private static List<String> names(List<String> pushed) {
        return List.copyOf(SignalNames.map(pushed.stream().collect(Collectors.toMap(n -> n, n -> n,
                (a, b) -> a, java.util.LinkedHashMap::new))).signals().keySet());
    }

    private static List<String> ids(List<Map<String, Object>> items, String label) {
        if (items == null) {
            return List.of();
        }
        return items.stream().map(m -> m.getOrDefault(label, m.get("id")) + " (" + m.get("id") + ")").toList();
    }

    private static void line(StringBuilder js, String what, List<String> items) {
        if (!items.isEmpty()) {
            js.append("//   ").append(what).append(": ").append(String.join(", ", items)).append('\n');
        }
    }
}
