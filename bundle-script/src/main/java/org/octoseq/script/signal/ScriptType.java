package org.octoseq.script.signal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.octoseq.api.signal.Generators;
import org.octoseq.api.signal.JavaOnly;
import org.octoseq.api.signal.SignalNamespace;

/**
 * What scripts see of one script-facing Java type (Signal, EventStream, Event, the builders, {@code gen}): its
 * public instance methods by name, overloads told apart by their number of arguments, and its bean getters
 * {@code getX()} as read-only properties {@code x}. Methods marked {@link JavaOnly}, record accessors and the
 * methods of {@code Object} are not shown. Built once per class, from the class itself, so the script surface
 * is exactly the Java API's.
 */
public final class ScriptType {

    private static final ClassValue<ScriptType> TYPES = new ClassValue<>() {
        @Override
        protected ScriptType computeValue(Class<?> type) {
            return new ScriptType(type);
        }
    };

    private static final MethodType SPREAD = MethodType.methodType(Object.class, Object.class, Object[].class);

    /** One Java method callable from scripts: its handle takes (target, argument array) and returns a value. */
    record Call(String name, Class<?>[] parameters, MethodHandle handle) {
    }

    private final String name;
    private final Map<String, MethodHandle> properties;
    private final Map<String, Call[]> methods;
    private final Map<String, MethodFunction> functions;
    private final Set<String> members;

    private ScriptType(Class<?> type) {
        this.name = displayName(type);
        Map<String, MethodHandle> props = new TreeMap<>();
        Map<String, Map<Integer, Call>> calls = new TreeMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Set<Method> accessors = recordAccessors(type);
        Method[] all = type.getMethods();
        Arrays.sort(all, (a, b) -> a.toGenericString().compareTo(b.toGenericString()));
        for (Method m : all) {
            if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge() || overridesObject(m)
                    || m.isAnnotationPresent(JavaOnly.class) || accessors.contains(m)) {
                continue;
            }
            MethodHandle h;
            try {
                h = lookup.unreflect(m);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("script type " + name + ": " + m + " is not accessible", e);
            }
            int n = m.getParameterCount();
            h = h.asType(h.type().generic()).asSpreader(Object[].class, n).asType(SPREAD);
            String property = propertyName(m);
            if (property != null) {
                props.put(property, h);
                continue;
            }
            Call previous = calls.computeIfAbsent(m.getName(), k -> new TreeMap<>())
                    .put(n, new Call(m.getName(), m.getParameterTypes(), h));
            if (previous != null) {
                throw new IllegalStateException("script type " + name + ": two overloads of " + m.getName() + " take "
                        + n + " arguments; scripts could not tell them apart");
            }
        }
        this.properties = Collections.unmodifiableMap(props);
        Map<String, Call[]> byName = new TreeMap<>();
        Map<String, MethodFunction> fns = new LinkedHashMap<>();
        calls.forEach((method, byArity) -> {
            int max = byArity.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            Call[] arr = new Call[max + 1];
            byArity.forEach((k, v) -> arr[k] = v);
            byName.put(method, arr);
            fns.put(method, new MethodFunction(this, method, arr));
        });
        for (String p : props.keySet()) {
            if (byName.containsKey(p)) {
                throw new IllegalStateException("script type " + name + ": '" + p + "' is both a property and a method");
            }
        }
        this.methods = Collections.unmodifiableMap(byName);
        this.functions = Collections.unmodifiableMap(fns);
        Set<String> all2 = new LinkedHashSet<>(props.keySet());
        all2.addAll(byName.keySet());
        this.members = Collections.unmodifiableSet(all2);
    }

    /** The script view of {@code type} (computed once per class). */
    public static ScriptType of(Class<?> type) {
        return TYPES.get(type);
    }

    /** The type's name in messages and metadata: {@code Signal}, {@code EventStream}, {@code gen}… */
    public String name() {
        return name;
    }

    /** Read-only property names, sorted. */
    public Set<String> properties() {
        return properties.keySet();
    }

    /** Method names, sorted. */
    public Set<String> methods() {
        return methods.keySet();
    }

    /** Properties then methods. */
    public Set<String> members() {
        return members;
    }

    /** The numbers of arguments {@code method} accepts, ascending (empty for an unknown method). */
    public List<Integer> arities(String method) {
        Call[] calls = methods.get(method);
        if (calls == null) {
            return List.of();
        }
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < calls.length; i++) {
            if (calls[i] != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** The Java parameter types of each overload of {@code method}, by ascending number of arguments. */
    public List<Class<?>[]> signatures(String method) {
        List<Class<?>[]> out = new java.util.ArrayList<>();
        for (Call c : methods.getOrDefault(method, new Call[0])) {
            if (c != null) {
                out.add(c.parameters().clone());
            }
        }
        return out;
    }

    MethodHandle property(String property) {
        return properties.get(property);
    }

    MethodFunction function(String method) {
        return functions.get(method);
    }

    private static String displayName(Class<?> type) {
        if (type == Generators.class) {
            return "gen";
        }
        if (type == SignalNamespace.class) {
            return "signal";
        }
        return type.getSimpleName();
    }

    /** {@code getFoo()} / {@code getBeat_position()} → {@code foo} / {@code beat_position}; else null. */
    private static String propertyName(Method m) {
        String n = m.getName();
        if (n.length() <= 3 || !n.startsWith("get") || m.getParameterCount() != 0 || m.getReturnType() == void.class
                || !Character.isUpperCase(n.charAt(3))) {
            return null;
        }
        return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }

    private static boolean overridesObject(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Set<Method> recordAccessors(Class<?> type) {
        if (!type.isRecord()) {
            return Set.of();
        }
        Set<Method> out = new java.util.HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            out.add(c.getAccessor());
        }
        return out;
    }

    @Override
    public String toString() {
        return "ScriptType[" + name + ": " + members + "]";
    }
}
