package org.octoseq.script.api;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jdk.dynalink.beans.BeansLinker;
import org.octoseq.script.signal.ScriptType;

/**
 * The members a script sees on a Java object of one class: for the Signal API's types (package
 * {@code org.octoseq.api.signal}, which the host always hands to scripts wrapped) what their {@link ScriptType}
 * shows; for any other Java object what Nashorn's linker (dynalink's {@link BeansLinker}) exposes: readable
 * properties (bean getters, record components) and methods with the argument counts they accept. Members every
 * Java object has ({@code getClass}, {@code hashCode}…) are left out.
 *
 * @param type       the class
 * @param properties property name to the Java type it reads
 * @param methods    method name to its overloads
 */
record JavaSurface(Class<?> type, Map<String, Type> properties, Map<String, Overloads> methods) {

    /** The overloads of one method name: argument counts and the result types. */
    record Overloads(Set<Integer> arities, Set<Type> results) {
    }

    private static final Set<String> OBJECT_PROPERTIES = Set.copyOf(BeansLinker.getReadableInstancePropertyNames(Object.class));
    private static final Set<String> OBJECT_METHODS = Set.copyOf(BeansLinker.getInstanceMethodNames(Object.class));

    static JavaSurface of(Class<?> type) {
        return type.getPackageName().equals(SCRIPT_TYPES_PACKAGE) ? ofScriptType(type) : ofDynalink(type);
    }

    /** The package whose objects the host wraps in {@code ApiObject}s showing their {@link ScriptType}. */
    static final String SCRIPT_TYPES_PACKAGE = "org.octoseq.api.signal";

    /** The ScriptType view; a non-public node class (a Signal subclass) is shown as its public superclass. */
    private static JavaSurface ofScriptType(Class<?> runtimeClass) {
        Class<?> type = runtimeClass;
        while (!Modifier.isPublic(type.getModifiers()) && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        ScriptType view = ScriptType.of(type);
        Map<String, Overloads> methods = new TreeMap<>();
        for (String name : view.methods()) {
            Overloads o = new Overloads(new TreeSet<>(view.arities(name)), new java.util.LinkedHashSet<>());
            for (Class<?>[] params : view.signatures(name)) {
                try {
                    o.results().add(type.getMethod(name, params).getGenericReturnType());
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(type.getName() + "." + name + " vanished", e);
                }
            }
            methods.put(name, o);
        }
        Map<String, Type> properties = new TreeMap<>();
        for (String p : view.properties()) {
            properties.put(p, propertyType(type, p));
        }
        return new JavaSurface(type, properties, methods);
    }

    private static JavaSurface ofDynalink(Class<?> type) {
        Map<String, Overloads> methods = new TreeMap<>();
        Set<String> names = BeansLinker.getInstanceMethodNames(type);
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || !names.contains(m.getName()) || OBJECT_METHODS.contains(m.getName())
                    || m.isBridge() || m.isSynthetic()) {
                continue;
            }
            Overloads o = methods.computeIfAbsent(m.getName(), n -> new Overloads(new TreeSet<>(), new java.util.LinkedHashSet<>()));
            o.arities().add(m.getParameterCount());
            o.results().add(m.getGenericReturnType());
        }
        Map<String, Type> properties = new TreeMap<>();
        for (String p : BeansLinker.getReadableInstancePropertyNames(type)) {
            if (!OBJECT_PROPERTIES.contains(p)) {
                properties.put(p, propertyType(type, p));
            }
        }
        return new JavaSurface(type, properties, methods);
    }

    /** The static methods of a class named in a script ({@code Java.type(...)} or a global bound to a class). */
    static JavaSurface ofStatics(Class<?> type) {
        Map<String, Overloads> methods = new TreeMap<>();
        Set<String> names = BeansLinker.getStaticMethodNames(type);
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && names.contains(m.getName())) {
                Overloads o = methods.computeIfAbsent(m.getName(), n -> new Overloads(new TreeSet<>(), new java.util.LinkedHashSet<>()));
                o.arities().add(m.getParameterCount());
                o.results().add(m.getGenericReturnType());
            }
        }
        return new JavaSurface(type, Map.of(), methods);
    }

    /**
     * The method a property reads: {@code getX()}, {@code isX()} or a record accessor {@code x()}; {@code null}
     * when none is found.
     */
    static String accessorOf(Class<?> type, String property) {
        for (String candidate : new String[] {"get" + capitalise(property), "is" + capitalise(property), property}) {
            try {
                Method m = type.getMethod(candidate);
                if (!Modifier.isStatic(m.getModifiers())) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }

    private static Type propertyType(Class<?> type, String property) {
        String accessor = accessorOf(type, property);
        try {
            return accessor == null ? Object.class : type.getMethod(accessor).getGenericReturnType();
        } catch (NoSuchMethodException e) {
            return Object.class;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The class a Java result type stands for in a script: arrays and lists give their element class. */
    static Class<?> elementClass(Type t) {
        if (t instanceof Class<?> c) {
            return c.isArray() ? elementClass(c.getComponentType()) : c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments().length == 1) {
            return elementClass(p.getActualTypeArguments()[0]);
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return Object.class;
    }

    /** Whether a Java result type is seen as an array by scripts (a Java array or a list). */
    static boolean isArrayLike(Type t) {
        if (t instanceof Class<?> c) {
            return c.isArray();
        }
        return t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw);
    }
}
