package org.octoseq.script.api;

import java.util.List;

/**
 * A method of an {@link ApiType} (or the call signature of a global function). Optional parameters come last;
 * the method accepts every count of arguments from its required ones up to all of them.
 *
 * @param name        the method name
 * @param description one line for the user
 * @param params      parameters in order
 * @param returns     a TypeScript type expression of the result
 * @param example     a short script line showing use, or {@code null}
 * @param javaOnly    reachable from scripts but meant for Java embedding (hidden from completion and typings)
 */
public record ApiMethod(String name, String description, List<ApiParam> params, String returns, String example,
                        boolean javaOnly) {

    public ApiMethod {
        params = params == null ? List.of() : List.copyOf(params);
    }

    /** Number of parameters that must be given. */
    public int requiredCount() {
        return (int) params.stream().filter(p -> !p.optional()).count();
    }

    /** {@code add(x: number | Signal): Signal}. */
    public String signature() {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            ApiParam p = params.get(i);
            b.append(i == 0 ? "" : ", ").append(p.name()).append(p.optional() ? "?" : "").append(": ").append(p.type());
        }
        return b.append("): ").append(returns).toString();
    }
}
