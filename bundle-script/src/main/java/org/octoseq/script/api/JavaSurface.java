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

/**
 * The members a script sees on a Java object of one class, as Nashorn's linker (dynalink's {@link BeansLinker})
 * exposes them: readable properties (bean getters, record components) and methods with the argument counts
 * they accept. Members every Java object has ({@code getClass}, {@code hashCode}…) are left out.
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
