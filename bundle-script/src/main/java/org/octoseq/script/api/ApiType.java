package org.octoseq.script.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the {@link ApiModel}: a global namespace, a collection, a value type, a global function, an
 * options object or a lifecycle argument, with its members and their one-line docs.
 *
 * @param name        the type name ({@code Signal}, {@code MixSignals}); for a global function, its global name
 * @param kind        what sort of thing it is
 * @param description one or two sentences for the user
 * @param global      the global this type is bound to ({@code timing}), or {@code null}
 * @param aliases     further globals bound to the same object ({@code Signal} beside {@code signal})
 * @param optional    whether the global exists only when the bundle providing it is deployed ({@code assets})
 * @param javaClass   for Java-backed types, the class whose public members scripts call, or {@code null}
 * @param element     for collections: the type of each item
 * @param keys        for collections: what the keys are, in the user's words
 * @param open        for namespaces whose members come from data: the type and doc of any further member
 * @param properties  members read as properties
 * @param methods     members called as methods
 * @param call        for global functions: the call signature
 * @param example     a short script line showing use, or {@code null}
 */
public record ApiType(String name, Kind kind, String description, String global, List<String> aliases,
                      boolean optional, String javaClass, String element,
                      String keys, ApiMember open, List<ApiMember> properties, List<ApiMethod> methods,
                      ApiMethod call, String example) {

    /** The sorts of entry. */
    public enum Kind {
        /** an object with named members ({@code timing}, {@code inputs.mix}, {@code log}) */
        @JsonProperty("namespace") NAMESPACE,
        /** an object keyed by project data ({@code inputs.stems}, every {@code bands}) */
        @JsonProperty("collection") COLLECTION,
        /** a value type scripts receive ({@code Signal}, {@code EventStream}, builders) */
        @JsonProperty("type") TYPE,
        /** a global function ({@code probe}, {@code describe}) */
        @JsonProperty("function") FUNCTION,
        /** the keys of an options object passed to a method ({@code to_signal({...})}) */
        @JsonProperty("options") OPTIONS,
        /** an argument the host passes to a script's {@code init} / {@code update} */
        @JsonProperty("lifecycle") LIFECYCLE,
        /** a foreign object (a Processing shape) whose own members are documented by its library, not here */
        @JsonProperty("opaque") OPAQUE;

        /** The name used in the model files and in {@code describe} output. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ApiType {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        properties = properties == null ? List.of() : List.copyOf(properties);
        methods = methods == null ? List.of() : List.copyOf(methods);
    }

    /** Every global bound to this type: {@link #global} then the aliases; empty when none. */
    public List<String> globalNames() {
        List<String> out = new ArrayList<>();
        if (global != null) {
            out.add(global);
        }
        out.addAll(aliases);
        return out;
    }

    /** The property or method named {@code member}, properties first. */
    public Optional<Object> member(String member) {
        Optional<ApiMember> p = property(member);
        if (p.isPresent()) {
            return Optional.of(p.get());
        }
        List<ApiMethod> m = overloads(member);
        return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0));
    }

    public Optional<ApiMember> property(String member) {
        return properties.stream().filter(p -> p.name().equals(member)).findFirst();
    }

    /** Every method entry named {@code member} (usually one). */
    public List<ApiMethod> overloads(String member) {
        return methods.stream().filter(m -> m.name().equals(member)).toList();
    }

    /** Whether the type has a property or method of this name. */
    public boolean has(String member) {
        return property(member).isPresent() || !overloads(member).isEmpty();
    }

    /** Names of every property then every method (each once), for scripts (no Java-only members). */
    public List<String> scriptMemberNames() {
        List<String> out = new ArrayList<>();
        properties.stream().filter(p -> !p.javaOnly()).forEach(p -> out.add(p.name()));
        methods.stream().filter(m -> !m.javaOnly()).map(ApiMethod::name).distinct().forEach(out::add);
        return out;
    }
}
