package org.octoseq.script.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.script.Bindings;
import jdk.dynalink.beans.StaticClass;
import org.octoseq.script.engine.BlockedGlobal;
import org.octoseq.script.signal.ApiObject;
import org.octoseq.script.signal.ScriptType;
import org.openjdk.nashorn.api.scripting.JSObject;

/**
 * Walks what a script's global scope really holds: the globals the host added (not the language's own), every
 * key of every host object below them, and the Java objects at the leaves. Reading does not trigger the
 * warnings a script's own reads give (members are taken from the objects' listings, not looked up one by one).
 */
public final class BindingWalker {

    /** How deep host objects are followed (inputs.stems[s].bands[b].energy is five levels). */
    private static final int MAX_DEPTH = 12;

    private BindingWalker() {
    }

    /**
     * The host globals of a script scope: every enumerable global that is a valid identifier and not internal
     * ({@code __name}) and not one of the sandbox's refusals ({@link BlockedGlobal}, such as {@code load}). The
     * language's built-ins are not enumerable, so they are not listed.
     */
    public static Map<String, RuntimeBinding> globals(Bindings global) {
        return globals(global, Set.copyOf(global.keySet()));
    }

    /** As {@link #globals(Bindings)}, limited to the given names (those the host bound; see {@link HostScope}). */
    static Map<String, RuntimeBinding> globals(Bindings global, Set<String> names) {
        Map<String, RuntimeBinding> out = new LinkedHashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String name : List.copyOf(global.keySet())) {
            if (!names.contains(name) || name.startsWith("__") || !name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
                continue;
            }
            Object value = global.get(name);
            if (!(value instanceof BlockedGlobal)) {
                out.put(name, walk(name, value, seen, 0));
            }
        }
        return out;
    }

    /** One value and everything below it. */
    public static RuntimeBinding walk(String path, Object value) {
        return walk(path, value, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static RuntimeBinding walk(String path, Object raw, Set<Object> seen, int depth) {
        Object value = unwrap(raw);
        RuntimeBinding.Shape shape = shapeOf(value);
        Map<String, RuntimeBinding> members = Map.of();
        if (shape == RuntimeBinding.Shape.HOST_OBJECT && depth < MAX_DEPTH && seen.add(value)) {
            members = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : entries((JSObject) value).entrySet()) {
                members.put(e.getKey(), walk(RuntimeBinding.childPath(path, e.getKey()), e.getValue(), seen, depth + 1));
            }
            seen.remove(value);
        }
        return new RuntimeBinding(path, shape, value, members);
    }

    /**
     * The Java object behind a script-side wrapper ({@link ApiObject}: Signals, event streams, events, builders,
     * {@code gen} as scripts see them). Its members are those of its class's {@link ScriptType}, which
     * {@link JavaSurface} reads, so the Java object is what is compared.
     */
    static Object unwrap(Object value) {
        return value instanceof ApiObject a ? a.target() : value;
    }

    static RuntimeBinding.Shape shapeOf(Object value) {
        if (value == null || value.getClass().getName().endsWith(".Undefined")) {
            return RuntimeBinding.Shape.NOTHING;
        }
        if (value instanceof JSObject js) {
            return js.isFunction() ? RuntimeBinding.Shape.HOST_FUNCTION : RuntimeBinding.Shape.HOST_OBJECT;
        }
        if (value instanceof StaticClass) {
            return RuntimeBinding.Shape.JAVA_CLASS;
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return RuntimeBinding.Shape.STRING;
        }
        if (value instanceof Number) {
            return RuntimeBinding.Shape.NUMBER;
        }
        if (value instanceof Boolean) {
            return RuntimeBinding.Shape.BOOLEAN;
        }
        return RuntimeBinding.Shape.JAVA_OBJECT;
    }

    /**
     * Key to value of a host object. The host's objects list their values in key order, so those are zipped
     * without calling {@code getMember} (which for some members reports a note to the script's diagnostics);
     * for any other object each key is looked up.
     */
    private static Map<String, Object> entries(JSObject o) {
        List<String> keys = new ArrayList<>(o.keySet());
        Map<String, Object> out = new LinkedHashMap<>();
        Collection<Object> values = o.values();
        if (values.size() == keys.size() && !(o instanceof org.openjdk.nashorn.api.scripting.ScriptObjectMirror)) {
            Iterator<Object> v = values.iterator();
            for (String k : keys) {
                out.put(k, v.next());
            }
        } else {
            for (String k : keys) {
                out.put(k, o.getMember(k));
            }
        }
        return out;
    }
}
