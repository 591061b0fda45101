package org.octoseq.script.api;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.octoseq.script.api.CoverageFinding.Kind;

/**
 * Compares the {@link ApiModel} with the live bindings of a script scope in both directions: every global, every
 * key of every host object, every member of every Java type reachable from them (following method results), and
 * every model entry. Messages name the path, the side that lacks it and the model file to edit.
 *
 * <p>The runtime side comes only from the live objects: {@link BindingWalker} for the host objects and dynalink's
 * view of each Java class ({@link JavaSurface}) for the Java ones. The model decides only which model type each
 * runtime value is compared with.
 */
public final class ApiCoverage {

    private final ApiModel model;
    private final List<CoverageFinding> findings = new ArrayList<>();
    private final Set<String> checked = new HashSet<>();
    private final Set<String> unverified = new LinkedHashSet<>();
    private final Set<String> javaDone = new HashSet<>();
    private final Map<Object, ApiType> typed = new java.util.IdentityHashMap<>();

    private ApiCoverage(ApiModel model) {
        this.model = model;
    }

    /**
     * The model type of every host object and Java value below a scope's globals, by identity (what
     * {@code describe(x)} reports for a namespace object such as {@code inputs.stems}).
     */
    public static Map<Object, ApiType> typesOf(ApiModel model, Map<String, RuntimeBinding> globals) {
        ApiCoverage c = new ApiCoverage(model);
        c.run(globals);
        return c.typed;
    }

    /** Every difference between the model and a scope's globals (as walked by {@link BindingWalker#globals}). */
    public static List<CoverageFinding> compare(ApiModel model, Map<String, RuntimeBinding> globals) {
        ApiCoverage c = new ApiCoverage(model);
        c.run(globals);
        return List.copyOf(c.findings);
    }

    private void run(Map<String, RuntimeBinding> globals) {
        for (Map.Entry<String, RuntimeBinding> g : globals.entrySet()) {
            Optional<ApiType> t = model.global(g.getKey());
            if (t.isEmpty()) {
                add(Kind.NOT_IN_MODEL, g.getKey(), "runtime global '" + g.getKey() + "' (" + describe(g.getValue())
                        + ") has no model entry: add a type file with \"global\": \"" + g.getKey() + "\" to "
                        + ApiModel.FOLDER + skeleton(g.getValue()));
            } else {
                against(g.getValue(), t.get());
            }
        }
        for (Map.Entry<String, ApiType> g : model.globals().entrySet()) {
            if (!globals.containsKey(g.getKey())) {
                if (g.getValue().optional()) {
                    markUnverified(g.getValue().name());
                } else {
                    add(Kind.NOT_AT_RUNTIME, g.getKey(), "model global '" + g.getKey() + "' (" + g.getValue().name() + " in "
                            + model.fileOf(g.getValue().name()) + ") has no runtime binding");
                }
            }
        }
        for (ApiType t : model.types()) {
            if (checked.contains(t.name()) || t.kind() == ApiType.Kind.OPTIONS || t.kind() == ApiType.Kind.LIFECYCLE) {
                continue;
            }
            if (unverified.contains(t.name())) {
                add(Kind.UNVERIFIED, t.name(), "model type " + t.name() + " could not be checked: every collection of "
                        + "it was empty at runtime, or the optional global that leads to it is not bound");
            } else {
                add(Kind.NOT_AT_RUNTIME, t.name(), "model type " + t.name() + " (" + model.fileOf(t.name())
                        + ") is not reachable from any runtime binding");
            }
        }
    }

    // ---- host values ------------------------------------------------------------------------------------------

    /** Checks a runtime value against a model type expression ({@code Signal}, {@code string}). */
    private void value(RuntimeBinding b, String typeExpr) {
        String single = singleTypeName(typeExpr);
        Optional<ApiType> t = single == null ? Optional.empty() : model.type(single);
        if (t.isPresent()) {
            against(b, t.get());
            return;
        }
        RuntimeBinding.Shape expected = switch (typeExpr.trim()) {
            case "string" -> RuntimeBinding.Shape.STRING;
            case "number" -> RuntimeBinding.Shape.NUMBER;
            case "boolean" -> RuntimeBinding.Shape.BOOLEAN;
            default -> null;
        };
        if (expected != null && b.shape() != expected) {
            add(Kind.MISMATCH, b.path(), b.path() + " is " + describe(b) + " at runtime, the model says " + typeExpr);
        }
    }

    private void against(RuntimeBinding b, ApiType t) {
        checked.add(t.name());
        if (b.value() != null) {
            typed.putIfAbsent(b.value(), t);
        }
        switch (b.shape()) {
            case HOST_OBJECT -> hostObject(b, t);
            case HOST_FUNCTION -> {
                if (t.kind() != ApiType.Kind.FUNCTION) {
                    add(Kind.MISMATCH, b.path(), b.path() + " is a function at runtime, the model's " + t.name()
                            + " is a " + t.kind().label());
                }
            }
            case JAVA_OBJECT -> javaObject(b, t);
            case JAVA_CLASS -> javaClass(b, t);
            default -> add(Kind.MISMATCH, b.path(), b.path() + " is " + describe(b) + " at runtime, the model says "
                    + t.name());
        }
    }

    private void hostObject(RuntimeBinding b, ApiType t) {
        if (t.kind() == ApiType.Kind.COLLECTION) {
            if (b.members().isEmpty()) {
                markUnverified(t.element());
            }
            for (RuntimeBinding item : b.members().values()) {
                value(item, t.element());
            }
            return;
        }
        for (Map.Entry<String, RuntimeBinding> m : b.members().entrySet()) {
            String key = m.getKey();
            Optional<ApiMember> p = t.property(key);
            if (p.isPresent()) {
                value(m.getValue(), p.get().type());
            } else if (!t.overloads(key).isEmpty()) {
                if (m.getValue().shape() != RuntimeBinding.Shape.HOST_FUNCTION) {
                    add(Kind.MISMATCH, m.getValue().path(), m.getValue().path() + " is " + describe(m.getValue())
                            + " at runtime, the model's " + t.name() + "." + key + " is a method");
                }
            } else if (t.open() != null && isOfType(m.getValue(), t.open().type())) {
                value(m.getValue(), t.open().type());
            } else {
                add(Kind.NOT_IN_MODEL, m.getValue().path(), "runtime " + m.getValue().path() + " (" + describe(m.getValue())
                        + ") has no model entry: add a property '" + key + "' to " + t.name() + " in "
                        + model.fileOf(t.name()) + skeleton(m.getValue()));
            }
        }
        for (ApiMember p : t.properties()) {
            if (!b.members().containsKey(p.name())) {
                if (p.fromData()) {
                    add(Kind.NO_DATA, b.child(p.name()), b.child(p.name()) + " is not available: "
                            + "its data was not provided (the analysis may have failed or be switched off)");
                } else {
                    add(Kind.NOT_AT_RUNTIME, b.child(p.name()), "model " + t.name() + "." + p.name() + " ("
                            + model.fileOf(t.name()) + ") has no runtime binding at " + b.path());
                }
            }
        }
        for (String name : t.methods().stream().map(ApiMethod::name).collect(Collectors.toCollection(LinkedHashSet::new))) {
            if (!b.members().containsKey(name)) {
                add(Kind.NOT_AT_RUNTIME, b.child(name), "model method " + t.name() + "." + name + " ("
                        + model.fileOf(t.name()) + ") has no runtime binding at " + b.path());
            }
        }
    }

    private void markUnverified(String typeExpr) {
        String name = singleTypeName(typeExpr);
        if (name == null || !model.type(name).isPresent() || !unverified.add(name)) {
            return;
        }
        ApiType t = model.type(name).get();
        if (t.element() != null) {
            markUnverified(t.element());
        }
        t.properties().forEach(p -> markUnverified(p.type()));
        t.methods().forEach(m -> markUnverified(m.returns().replace("[]", "")));
    }

    private boolean isOfType(RuntimeBinding b, String typeExpr) {
        String name = singleTypeName(typeExpr);
        Optional<ApiType> t = name == null ? Optional.empty() : model.type(name);
        if (t.isPresent() && t.get().javaClass() != null) {
            return b.shape() == RuntimeBinding.Shape.JAVA_OBJECT && isA(b.value().getClass(), t.get().javaClass());
        }
        return switch (typeExpr.trim()) {
            case "string" -> b.shape() == RuntimeBinding.Shape.STRING;
            case "number" -> b.shape() == RuntimeBinding.Shape.NUMBER;
            default -> false;
        };
    }

    // ---- Java values ------------------------------------------------------------------------------------------

    private void javaObject(RuntimeBinding b, ApiType t) {
        Class<?> c = b.value().getClass();
        if (t.javaClass() == null || !isA(c, t.javaClass())) {
            add(Kind.MISMATCH, b.path(), b.path() + " is a Java " + c.getName() + " at runtime, the model's " + t.name()
                    + (t.javaClass() == null ? " names no javaClass" : " says " + t.javaClass()));
            return;
        }
        javaSurface(model.surfaceOf(c), t);
    }

    private void javaClass(RuntimeBinding b, ApiType t) {
        Class<?> c = ((jdk.dynalink.beans.StaticClass) b.value()).getRepresentedClass();
        javaSurface(JavaSurface.ofStatics(c), t);
    }

    /** Compares the members of a Java class with a model type, then follows the classes its members return. */
    private void javaSurface(JavaSurface s, ApiType t) {
        checked.add(t.name());
        if (t.kind() == ApiType.Kind.OPAQUE) {
            return; // its members belong to its own library's documentation
        }
        if (!javaDone.add(s.type().getName() + "|" + t.name() + "|" + s.properties().isEmpty())) {
            return;
        }
        String file = model.fileOf(t.name());
        Map<String, String> accessorToProperty = new java.util.HashMap<>();
        for (String p : s.properties().keySet()) {
            String acc = JavaSurface.accessorOf(s.type(), p);
            if (acc != null && !acc.equals(p)) {
                accessorToProperty.put(acc, p);
            }
        }
        for (Map.Entry<String, JavaSurface.Overloads> m : s.methods().entrySet()) {
            String name = m.getKey();
            String property = accessorToProperty.get(name);
            boolean covered = t.has(name) || (property != null && t.property(property).isPresent());
            if (!covered) {
                add(Kind.NOT_IN_MODEL, t.name() + "." + name, "runtime " + t.name() + "." + name + "("
                        + arities(m.getValue().arities()) + " args, " + s.type().getSimpleName() + ") has no model entry: add to "
                        + file + " \"methods\": " + methodSkeleton(s.type(), name));
                continue;
            }
            List<ApiMethod> overloads = t.overloads(name);
            if (!overloads.isEmpty() && t.property(name).isEmpty()) {
                Set<Integer> modelArities = new TreeSet<>();
                overloads.forEach(o -> {
                    for (int n = o.requiredCount(); n <= o.params().size(); n++) {
                        modelArities.add(n);
                    }
                });
                if (!modelArities.equals(m.getValue().arities())) {
                    add(Kind.MISMATCH, t.name() + "." + name, t.name() + "." + name + " takes " + arities(m.getValue().arities())
                            + " arguments at runtime, the model (" + file + ") says " + arities(modelArities));
                }
                String runtimeResult = tsType(m.getValue().results());
                for (ApiMethod o : overloads) {
                    if (!sameType(o.returns(), runtimeResult)) {
                        add(Kind.MISMATCH, t.name() + "." + name, t.name() + "." + name + " returns " + runtimeResult
                                + " at runtime, the model (" + file + ") says " + o.returns());
                    }
                }
                follow(m.getValue().results(), overloads.get(0).returns());
            }
        }
        for (Map.Entry<String, Type> p : s.properties().entrySet()) {
            String name = p.getKey();
            String accessor = JavaSurface.accessorOf(s.type(), name);
            Optional<ApiMember> member = t.property(name);
            boolean viaMethod = member.isEmpty() && (t.has(name) || (accessor != null && t.has(accessor)));
            if (member.isEmpty() && !viaMethod) {
                add(Kind.NOT_IN_MODEL, t.name() + "." + name, "runtime property " + t.name() + "." + name + " ("
                        + tsType(Set.of(p.getValue())) + ", read by " + accessor + "() of " + s.type().getSimpleName()
                        + ") has no model entry: add to " + file + " \"properties\": {\"name\": \"" + name
                        + "\", \"type\": \"" + tsType(Set.of(p.getValue())) + "\", \"description\": \"TODO\"}");
                continue;
            }
            if (member.isPresent()) {
                String runtimeType = tsType(Set.of(p.getValue()));
                if (!sameType(member.get().type(), runtimeType)) {
                    add(Kind.MISMATCH, t.name() + "." + name, t.name() + "." + name + " is " + runtimeType
                            + " at runtime, the model (" + file + ") says " + member.get().type());
                }
                follow(Set.of(p.getValue()), member.get().type());
            }
        }
        for (ApiMember p : t.properties()) {
            if (!s.properties().containsKey(p.name()) && !s.methods().containsKey(p.name())) {
                add(Kind.NOT_AT_RUNTIME, t.name() + "." + p.name(), "model property " + t.name() + "." + p.name() + " ("
                        + file + ") does not exist on " + s.type().getName());
            }
        }
        for (String name : t.methods().stream().map(ApiMethod::name).collect(Collectors.toCollection(LinkedHashSet::new))) {
            if (!s.methods().containsKey(name) && !s.properties().containsKey(name)) {
                add(Kind.NOT_AT_RUNTIME, t.name() + "." + name, "model method " + t.name() + "." + name + " (" + file
                        + ") does not exist on " + s.type().getName());
            }
        }
    }

    /** Checks the model types of the classes a member returns (builders, events), once each. */
    private void follow(Set<Type> results, String modelType) {
        String name = singleTypeName(modelType.replace("[]", "").replace("| undefined", "").replace("| null", ""));
        if (name == null) {
            return;
        }
        Optional<ApiType> t = model.type(name);
        if (t.isEmpty() || t.get().javaClass() == null) {
            return;
        }
        for (Type r : results) {
            Class<?> c = JavaSurface.elementClass(r);
            if (isA(c, t.get().javaClass())) {
                javaSurface(model.surfaceOf(c), t.get());
            }
        }
    }

    // ---- types --------------------------------------------------------------------------------------------------

    /** The TypeScript type scripts see for Java result types, model type names for API classes. */
    String tsType(Set<Type> javaTypes) {
        Set<String> parts = new TreeSet<>();
        for (Type jt : javaTypes) {
            parts.add(tsType(jt));
        }
        return String.join(" | ", parts);
    }

    private String tsType(Type jt) {
        if (JavaSurface.isArrayLike(jt)) {
            return tsType(JavaSurface.elementClass(jt)) + "[]";
        }
        Class<?> c = jt instanceof Class<?> k ? k : JavaSurface.elementClass(jt);
        if (c == void.class || c == Void.class) {
            return "void";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
            return "number";
        }
        if (CharSequence.class.isAssignableFrom(c) || c == Character.class) {
            return "string";
        }
        if (Map.class.isAssignableFrom(c)) {
            return "object";
        }
        if (c == Object.class) {
            return "any";
        }
        return model.typeOfClass(c).map(ApiType::name).orElse("<unmodelled Java " + c.getName() + ">");
    }

    /** Same types, ignoring spacing, the order of a union and {@code | undefined} / {@code | null} in the model. */
    static boolean sameType(String modelType, String runtimeType) {
        return parts(modelType).equals(parts(runtimeType));
    }

    private static Set<String> parts(String type) {
        Set<String> out = new TreeSet<>();
        for (String p : type.split("\\|")) {
            String s = p.trim();
            if (!s.equals("undefined") && !s.equals("null")) {
                out.add(s);
            }
        }
        return out;
    }

    /** The model type a type expression names, if it names exactly one type ({@code Signal}); else null. */
    private String singleTypeName(String typeExpr) {
        if (typeExpr == null) {
            return null;
        }
        String s = typeExpr.trim();
        return s.matches("[A-Za-z_][A-Za-z0-9_]*") && model.type(s).isPresent() ? s : null;
    }

    private static boolean isA(Class<?> c, String className) {
        if (c == null) {
            return false;
        }
        if (c.getName().equals(className)) {
            return true;
        }
        for (Class<?> i : c.getInterfaces()) {
            if (isA(i, className)) {
                return true;
            }
        }
        return isA(c.getSuperclass(), className);
    }

    // ---- messages -----------------------------------------------------------------------------------------------

    private void add(Kind kind, String path, String message) {
        findings.add(new CoverageFinding(kind, path, message));
    }

    private static String arities(Set<Integer> a) {
        return a.stream().map(String::valueOf).collect(Collectors.joining(" or "));
    }

    private String describe(RuntimeBinding b) {
        return switch (b.shape()) {
            case HOST_OBJECT -> "a host object with keys " + b.members().keySet();
            case HOST_FUNCTION -> "a host function";
            case JAVA_OBJECT -> "a Java " + b.value().getClass().getName();
            case JAVA_CLASS -> "the Java class " + ((jdk.dynalink.beans.StaticClass) b.value()).getRepresentedClass().getName();
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NOTHING -> "undefined";
        };
    }

    /** A model entry to start from for a runtime value with no entry. */
    private String skeleton(RuntimeBinding b) {
        if (b.shape() == RuntimeBinding.Shape.JAVA_OBJECT) {
            JavaSurface s = model.surfaceOf(b.value().getClass());
            return "; its Java type " + b.value().getClass().getName() + " has methods " + s.methods().keySet()
                    + (s.properties().isEmpty() ? "" : " and properties " + s.properties().keySet());
        }
        if (b.shape() == RuntimeBinding.Shape.HOST_OBJECT) {
            return "; its keys: " + b.members().keySet();
        }
        return "";
    }

    private String methodSkeleton(Class<?> type, String name) {
        Method widest = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !Modifier.isStatic(m.getModifiers()))
                .max(java.util.Comparator.comparingInt(Method::getParameterCount)).orElseThrow();
        int fewest = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name))
                .mapToInt(Method::getParameterCount).min().orElse(0);
        StringBuilder b = new StringBuilder("{\"name\": \"" + name + "\", \"description\": \"TODO\", \"params\": [");
        Class<?>[] params = widest.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            String ts = params[i] == Object.class ? "number | Signal" : tsType(params[i]);
            b.append(i == 0 ? "" : ", ").append("{\"name\": \"").append(widest.getParameters()[i].getName())
                    .append("\", \"type\": \"").append(ts).append("\", \"description\": \"TODO\"")
                    .append(i >= fewest ? ", \"optional\": true" : "").append('}');
        }
        return b.append("], \"returns\": \"").append(tsType(Set.of(widest.getGenericReturnType()))).append("\"}").toString();
    }
}
