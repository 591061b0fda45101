package org.octoseq.script.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octoseq.script.signal.Suggestions;

/**
 * The model as documentation: {@code doc(query)} entries (plain maps, the shapes of spec section 6.6) and
 * {@code help(query)} text. A query is a type name ({@code Signal}), a global ({@code timing}), a member of
 * either ({@code Signal.add}, {@code timing.beatPhase}) or a longer path through properties and collection
 * keys ({@code inputs.stems.Drums.energy}).
 */
public final class ApiDocs {

    private final ApiModel model;

    public ApiDocs(ApiModel model) {
        this.model = model;
    }

    /** What a query names: a type (with the member named, if any) or nothing. */
    private record Target(ApiType type, String member, String global) {
    }

    /** The doc entry of a query: {@code {kind: type|global|property|method|error|not_found, ...}}. */
    public Map<String, Object> doc(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return Map.of("kind", "error", "message", "doc() needs a name, such as doc('Signal.add'), doc('timing') or doc('EventStream')");
        }
        Optional<Target> target = resolve(q);
        if (target.isEmpty()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("kind", "not_found");
            out.put("query", q);
            out.put("message", notFound(q));
            return out;
        }
        Target t = target.get();
        if (t.member() == null) {
            Map<String, Object> out = typeDoc(t.type());
            if (t.global() != null) {
                out.put("kind", "global");
                out.put("global", t.global());
            }
            return out;
        }
        Optional<ApiMember> p = t.type().property(t.member());
        Map<String, Object> out = new LinkedHashMap<>();
        if (p.isPresent()) {
            out.put("kind", "property");
            out.put("type", t.type().name());
            out.put("property", member(p.get()));
        } else {
            out.put("kind", "method");
            out.put("type", t.type().name());
            List<Object> overloads = new ArrayList<>();
            t.type().overloads(t.member()).forEach(m -> overloads.add(method(m)));
            out.put("overloads", overloads);
        }
        return out;
    }

    /** The doc entry of a type, as {@code describe} gives it for a value. */
    public Map<String, Object> typeDoc(ApiType t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "type");
        out.put("name", t.name());
        out.put("typeKind", t.kind().label());
        out.put("description", t.description());
        putIfSet(out, "global", t.global());
        putIfSet(out, "element", t.element());
        putIfSet(out, "keys", t.keys());
        if (t.open() != null) {
            out.put("otherMembers", member(t.open()));
        }
        out.put("properties", t.properties().stream().filter(m -> !m.javaOnly()).map(ApiDocs::member).toList());
        out.put("methods", t.methods().stream().filter(m -> !m.javaOnly()).map(ApiDocs::method).toList());
        if (t.call() != null) {
            out.put("call", method(t.call()));
        }
        putIfSet(out, "example", t.example());
        return out;
    }

    /** Help text for a query; an overview of the globals for an empty one. */
    public String help(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return overview();
        }
        Optional<Target> target = resolve(q);
        if (target.isEmpty()) {
            return notFound(q);
        }
        Target t = target.get();
        if (t.member() == null) {
            return typeHelp(t.type());
        }
        StringBuilder b = new StringBuilder();
        Optional<ApiMember> p = t.type().property(t.member());
        if (p.isPresent()) {
            b.append(t.type().name()).append('.').append(line(p.get())).append('\n');
        } else {
            for (ApiMethod m : t.type().overloads(t.member())) {
                b.append(t.type().name()).append('.').append(line(m)).append('\n');
                for (ApiParam a : m.params()) {
                    b.append("  ").append(a.name()).append(": ").append(a.type()).append(a.optional() ? " (optional"
                            + (a.defaultValue() == null ? "" : ", default " + a.defaultValue()) + ")" : "")
                            .append(unit(a.unit(), a.range())).append(" - ").append(a.description()).append('\n');
                }
                if (m.example() != null) {
                    b.append("Example: ").append(m.example()).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** {@code Name - description}, then Properties:, Methods: and an example. */
    public String typeHelp(ApiType t) {
        StringBuilder b = new StringBuilder(t.name()).append(" - ").append(t.description()).append('\n');
        if (t.global() != null) {
            b.append("Global: ").append(String.join(", ", t.globalNames())).append('\n');
        }
        if (t.element() != null) {
            b.append("Items: ").append(t.element()).append(", keyed by ").append(t.keys()).append('\n');
        }
        if (t.call() != null) {
            b.append("Call: ").append(line(t.call())).append('\n');
        }
        List<ApiMember> props = t.properties().stream().filter(m -> !m.javaOnly()).toList();
        if (!props.isEmpty() || t.open() != null) {
            b.append(t.kind() == ApiType.Kind.OPTIONS ? "Keys:\n" : "Properties:\n");
            props.forEach(p -> b.append("  ").append(line(p)).append('\n'));
            if (t.open() != null) {
                b.append("  ").append(line(t.open())).append('\n');
            }
        }
        List<ApiMethod> methods = t.methods().stream().filter(m -> !m.javaOnly()).toList();
        if (!methods.isEmpty()) {
            b.append("Methods:\n");
            methods.forEach(m -> b.append("  ").append(line(m)).append('\n'));
        }
        if (t.example() != null) {
            b.append("Example: ").append(t.example()).append('\n');
        }
        return b.toString();
    }

    private String overview() {
        StringBuilder b = new StringBuilder("Octoseq script API. Globals:\n");
        model.globals().forEach((name, t) -> b.append("  ").append(name).append(": ").append(t.name()).append(" - ")
                .append(firstSentence(t.description())).append('\n'));
        b.append("Types: ");
        b.append(String.join(", ", model.types().stream().filter(t -> t.global() == null).map(ApiType::name).toList()));
        b.append("\nTry help('Signal'), doc('Signal.add'), describe(inputs.mix).\n");
        return b.toString();
    }

    // ---- resolving queries ---------------------------------------------------------------------------------------

    /**
     * What a query names. Its first segment is a type or a global; where it is both ({@code Signal}: the type, and
     * the alias of the {@code signal} global) the type is tried first and the global second.
     */
    private Optional<Target> resolve(String q) {
        List<String> segments = segments(q);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String first = segments.get(0);
        Optional<Target> asType = model.type(first).flatMap(t -> follow(t, segments, null));
        return asType.isPresent() ? asType : model.global(first).flatMap(t -> follow(t, segments, first));
    }

    private Optional<Target> follow(ApiType start, List<String> segments, String global) {
        ApiType t = start;
        for (int i = 1; i < segments.size(); i++) {
            String s = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (t.has(s)) {
                if (last) {
                    return Optional.of(new Target(t, s, null));
                }
                ApiType here = t;
                String next = t.property(s).map(ApiMember::type).orElseGet(() -> here.overloads(s).get(0).returns());
                Optional<ApiType> nt = model.type(next.trim());
                if (nt.isEmpty()) {
                    return Optional.empty();
                }
                t = nt.get();
            } else if (t.kind() == ApiType.Kind.COLLECTION && model.type(t.element()).isPresent()) {
                t = model.type(t.element()).get();
                if (last) {
                    return Optional.of(new Target(t, null, null));
                }
            } else if (t.open() != null && last) {
                return model.type(t.open().type()).map(ot -> new Target(ot, null, null));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Target(t, null, segments.size() == 1 ? global : null));
    }

    /** {@code a.b["c d"].e} or {@code a.b('x')} split into {@code a, b, c d, e}. */
    static List<String> segments(String q) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\[\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)')\\s*]|([A-Za-z_$][A-Za-z0-9_$]*)(?:\\([^)]*\\))?|(\\.)")
                .matcher(q);
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                return List.of();
            }
            at = m.end();
            if (m.group(1) != null) {
                out.add(m.group(1).replace("\\\"", "\""));
            } else if (m.group(2) != null) {
                out.add(m.group(2).replace("\\'", "'"));
            } else if (m.group(3) != null) {
                out.add(m.group(3));
            }
        }
        return at == q.length() ? out : List.of();
    }

    private String notFound(String q) {
        List<String> candidates = new ArrayList<>();
        for (ApiType t : model.types()) {
            candidates.add(t.name());
            t.scriptMemberNames().forEach(m -> candidates.add(t.name() + "." + m));
        }
        candidates.addAll(model.globals().keySet());
        List<String> close = Suggestions.closest(q, candidates, 3);
        return "nothing called '" + q + "' in the script API" + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
                + " (help() lists the globals)";
    }

    // ---- formatting ----------------------------------------------------------------------------------------------

    private static Map<String, Object> member(ApiMember m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("type", m.type());
        out.put("description", m.description());
        putIfSet(out, "unit", m.unit());
        putIfSet(out, "range", m.range());
        putIfSet(out, "default", m.defaultValue());
        if (m.fromData()) {
            out.put("fromData", true);
        }
        putIfSet(out, "whenEmpty", m.whenEmpty());
        if (m.javaOnly()) {
            out.put("javaOnly", true);
        }
        return out;
    }

    private static Map<String, Object> method(ApiMethod m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("signature", m.signature());
        out.put("description", m.description());
        List<Object> params = new ArrayList<>();
        for (ApiParam p : m.params()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("type", p.type());
            pm.put("description", p.description());
            pm.put("optional", p.optional());
            putIfSet(pm, "default", p.defaultValue());
            putIfSet(pm, "unit", p.unit());
            putIfSet(pm, "range", p.range());
            params.add(pm);
        }
        out.put("params", params);
        out.put("returns", m.returns());
        putIfSet(out, "example", m.example());
        if (m.javaOnly()) {
            out.put("javaOnly", true);
        }
        return out;
    }

    private static void putIfSet(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    static String line(ApiMember p) {
        return p.name() + ": " + p.type() + unit(p.unit(), p.range())
                + (p.defaultValue() == null ? "" : " = " + p.defaultValue()) + " - " + p.description();
    }

    static String line(ApiMethod m) {
        return m.signature() + " - " + m.description();
    }

    private static String unit(String unit, String range) {
        if (unit == null && range == null) {
            return "";
        }
        return " [" + (unit == null ? "" : unit) + (unit != null && range != null ? ", " : "") + (range == null ? "" : range) + "]";
    }

    private static String firstSentence(String s) {
        int dot = s.indexOf(". ");
        return dot < 0 ? s : s.substring(0, dot + 1);
    }
}
