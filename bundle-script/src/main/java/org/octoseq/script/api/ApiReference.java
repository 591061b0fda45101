package org.octoseq.script.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The API model as the reference part of {@code docs/scripting.md}: one section per global and type, with every
 * member, its type, unit or range, default and what it gives without data. A test keeps the document's copy
 * equal to this (regenerate with {@code -Doctoseq.docs.write=true}), so the reference cannot drift.
 */
public final class ApiReference {

    public static final String START = "<!-- api-reference:start (generated from the API model by ScriptingDocTest; do not edit) -->";
    public static final String END = "<!-- api-reference:end -->";

    private final ApiModel model;

    public ApiReference(ApiModel model) {
        this.model = model;
    }

    /** The reference between {@link #START} and {@link #END}, both included. */
    public String markdown() {
        StringBuilder b = new StringBuilder(START).append("\n\n");
        List<ApiType> order = new ArrayList<>(model.types());
        order.sort(Comparator.comparingInt(ApiReference::rank).thenComparing(ApiType::name));
        for (ApiType t : order) {
            section(b, t);
        }
        return b.append(END).toString();
    }

    /** Globals first (namespaces, then functions), then collections and namespaces under them, value types, options, lifecycle. */
    private static int rank(ApiType t) {
        if (t.global() != null) {
            return t.kind() == ApiType.Kind.FUNCTION ? 1 : 0;
        }
        return switch (t.kind()) {
            case NAMESPACE, COLLECTION -> 2;
            case TYPE -> 3;
            case OPTIONS -> 4;
            default -> 5;
        };
    }

    private void section(StringBuilder b, ApiType t) {
        String heading = t.call() != null ? "`" + call(t.call()) + "`"
                : t.global() != null ? "`" + String.join("`, `", t.globalNames()) + "` (" + t.name() + ")" : t.name();
        b.append("### ").append(heading).append("\n\n");
        b.append(t.description()).append(kindNote(t)).append("\n\n");
        if (t.call() != null) {
            b.append("`").append(signature(t.call())).append("`: ").append(t.call().description()).append("\n\n");
            params(b, t.call());
        }
        List<ApiMember> props = t.properties().stream().filter(p -> !p.javaOnly()).toList();
        if (!props.isEmpty() || t.open() != null) {
            boolean options = t.kind() == ApiType.Kind.OPTIONS;
            b.append(options ? "| key | type | default | unit / range | meaning |\n|---|---|---|---|---|\n"
                    : "| member | type | unit / range | meaning |\n|---|---|---|---|\n");
            for (ApiMember p : props) {
                b.append("| `").append(p.name()).append("` | ").append(cell(p.type())).append(" | ");
                if (options) {
                    b.append(p.defaultValue() == null ? "" : "`" + literal(p.defaultValue()) + "`").append(" | ");
                }
                b.append(cell(unit(p.unit(), p.range()))).append(" | ").append(cell(p.description()))
                        .append(p.fromData() ? " Present when the analysis provides it." : "")
                        .append(p.whenEmpty() == null ? "" : " Without data: " + p.whenEmpty() + ".").append(" |\n");
            }
            if (t.open() != null) {
                b.append("| `").append(t.open().name()).append("` | ").append(cell(t.open().type())).append(" | ")
                        .append(options ? " | " : "").append(" | ").append(cell(t.open().description())).append(" |\n");
            }
            b.append('\n');
        }
        List<ApiMethod> methods = t.methods().stream().filter(m -> !m.javaOnly()).toList();
        if (!methods.isEmpty()) {
            b.append("| method | returns | meaning |\n|---|---|---|\n");
            for (ApiMethod m : methods) {
                b.append("| `").append(cell(call(m))).append("` | ").append(cell(m.returns())).append(" | ")
                        .append(cell(m.description())).append(paramNotes(m)).append(" |\n");
            }
            b.append('\n');
        }
        List<String> javaOnly = new ArrayList<>();
        t.properties().stream().filter(ApiMember::javaOnly).forEach(p -> javaOnly.add(p.name()));
        t.methods().stream().filter(ApiMethod::javaOnly).map(ApiMethod::name).distinct().forEach(javaOnly::add);
        if (!javaOnly.isEmpty()) {
            b.append("Also reachable, for Java embedding (not for scripts): `").append(String.join("`, `", javaOnly))
                    .append("`.\n\n");
        }
    }

    private static String kindNote(ApiType t) {
        return switch (t.kind()) {
            case COLLECTION -> " Items: " + t.element() + ", keyed by " + t.keys() + ".";
            case OPTIONS -> " Every key is optional.";
            default -> "";
        };
    }

    private static void params(StringBuilder b, ApiMethod m) {
        for (ApiParam p : m.params()) {
            b.append("- `").append(p.name()).append("`: ").append(p.description()).append('\n');
        }
        if (!m.params().isEmpty()) {
            b.append('\n');
        }
    }

    /** {@code mix(other, w = 0.5)}. */
    private static String call(ApiMethod m) {
        StringBuilder b = new StringBuilder(m.name()).append('(');
        for (int i = 0; i < m.params().size(); i++) {
            ApiParam p = m.params().get(i);
            b.append(i == 0 ? "" : ", ").append(p.name());
            if (p.defaultValue() != null) {
                b.append(" = ").append(literal(p.defaultValue()));
            } else if (p.optional()) {
                b.append('?');
            }
        }
        return b.append(')').toString();
    }

    /** Types and units of the parameters: {@code other: number | Signal; w: number | Signal, 0..1}. */
    private static String paramNotes(ApiMethod m) {
        if (m.params().isEmpty()) {
            return "";
        }
        List<String> notes = new ArrayList<>();
        for (ApiParam p : m.params()) {
            String u = unit(p.unit(), p.range());
            notes.add("`" + p.name() + "`: " + p.type() + (u.isEmpty() ? "" : ", " + u));
        }
        return " (" + cell(String.join("; ", notes)) + ")";
    }

    private static String signature(ApiMethod m) {
        return m.signature();
    }

    private static String unit(String unit, String range) {
        if (unit == null) {
            return range == null ? "" : range;
        }
        return range == null ? unit : unit + ", " + range;
    }

    private static String literal(Object v) {
        return v instanceof String s ? "'" + s + "'" : String.valueOf(v);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
