package org.octoseq.script.api;

import java.util.Map;
import java.util.Set;
import javax.script.Bindings;

/**
 * A script's global scope with the names the host bound into it, taken just before the script's own code ran,
 * so that walking it later (for coverage, typings, the editor) sees the host's globals and not the script's
 * own variables and functions.
 *
 * @param global the scope
 * @param names  the host's global names
 */
public record HostScope(Bindings global, Set<String> names) {

    /** Takes the names bound so far; call it after the host's last binding and before the script runs. */
    public static HostScope of(Bindings global) {
        return new HostScope(global, Set.copyOf(global.keySet()));
    }

    /** The host globals as they are now (namespace keys change as providers come and go). */
    public Map<String, RuntimeBinding> walk() {
        return BindingWalker.globals(global, names);
    }
}
