package org.octoseq.script.host;

import java.util.Map;

/**
 * The {@code ctx} that {@code init(ctx)} gets on an engine other than the built-in Nashorn (where it is a plain
 * script object): {@code ctx.state} (a bean property, read as {@code ctx.state} or {@code ctx.getState()}) is
 * one map for every version of the script, so what {@code init} keeps there survives reloads.
 */
public final class InitContext {

    private final Map<String, Object> state;

    InitContext(Map<String, Object> state) {
        this.state = state;
    }

    /** The script's own state, the same map after every reload: {@code ctx.state.put('hits', 0)}. */
    public Map<String, Object> getState() {
        return state;
    }
}
