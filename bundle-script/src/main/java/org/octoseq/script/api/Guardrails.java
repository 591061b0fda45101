package org.octoseq.script.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's Part 6 checks, computed from the live bindings of a script scope (spec section 6.7, made real):
 * every key project.json promises must be a runtime key, exactly ({@code unbound_signal}); the model and the
 * runtime must agree ({@code missing_runtime}, {@code missing_registry}); members that come with data must have
 * it; and the script's source must not use old names. Used by {@code octoseq check}, the web editor and the
 * show console.
 */
public final class Guardrails {

    private Guardrails() {
    }

    /**
     * @param hostGlobals the host globals of the script's scope (see {@link HostScope})
     * @param project     what project.json promises, if it could be read
     * @param source      the script's source for the old-name lint, or {@code null}
     */
    public static List<Guardrail> check(ApiModel model, Map<String, RuntimeBinding> hostGlobals,
                                        Optional<ProjectDeclarations> project, String fileName, String source) {
        List<Guardrail> out = new ArrayList<>();
        project.ifPresent(p -> out.addAll(unbound(p, hostGlobals)));
        for (CoverageFinding f : ApiCoverage.compare(model, hostGlobals)) {
            Guardrail.Kind kind = switch (f.kind()) {
                case NOT_IN_MODEL -> Guardrail.Kind.MISSING_MODEL;
                case NOT_AT_RUNTIME -> Guardrail.Kind.MISSING_RUNTIME;
                case MISMATCH -> Guardrail.Kind.MISMATCH;
                case NO_DATA -> Guardrail.Kind.NO_DATA;
                case UNVERIFIED -> null;
            };
            if (kind != null) {
                String prefix = kind == Guardrail.Kind.NO_DATA ? "" : "API model and runtime differ: ";
                out.add(new Guardrail(kind, f.path(), prefix + f.message(), 0, 0));
            }
        }
        if (source != null) {
            out.addAll(LegacyNameLint.scan(fileName, source));
        }
        return out;
    }

    /** Keys of project.json that are not runtime keys of their collection, compared exactly. */
    static List<Guardrail> unbound(ProjectDeclarations project, Map<String, RuntimeBinding> hostGlobals) {
        List<Guardrail> out = new ArrayList<>();
        for (ProjectDeclarations.Declared d : project.keys()) {
            Optional<RuntimeBinding> collection = find(hostGlobals, d);
            if (collection.isEmpty()) {
                if (d.parent() != null) {
                    out.add(new Guardrail(Guardrail.Kind.UNBOUND, d.path(), "project.json defines " + d.what() + " '"
                            + d.id() + "' on stem '" + d.parent() + "', but that stem does not reach the script"
                            + " (inputs.stems has no '" + d.parent() + "'), so neither does the band", 0, 0));
                }
                continue;
            }
            if (!collection.get().members().containsKey(d.id())) {
                out.add(new Guardrail(Guardrail.Kind.UNBOUND, d.path(), "project.json defines " + d.what() + " '"
                        + d.id() + "', but " + d.collection() + " has no key '" + d.id() + "' (its analysis failed, is"
                        + " switched off or is still running); keys there: " + collection.get().members().keySet(), 0, 0));
            }
        }
        return out;
    }

    private static Optional<RuntimeBinding> find(Map<String, RuntimeBinding> globals, ProjectDeclarations.Declared d) {
        RuntimeBinding inputs = globals.get("inputs");
        if (inputs == null) {
            return Optional.empty();
        }
        RuntimeBinding owner = d.parent() == null ? null : inputs.members().get("stems") == null ? null
                : inputs.members().get("stems").members().get(d.parent());
        return switch (d.what()) {
            case "stem" -> Optional.ofNullable(inputs.members().get("stems"));
            case "band" -> d.parent() == null
                    ? Optional.ofNullable(inputs.members().get("mix")).map(m -> m.members().get("bands"))
                    : Optional.ofNullable(owner).map(s -> s.members().get("bands"));
            case "custom signal" -> Optional.ofNullable(inputs.members().get("customSignals"));
            default -> Optional.ofNullable(inputs.members().get("customEvents"));
        };
    }
}
