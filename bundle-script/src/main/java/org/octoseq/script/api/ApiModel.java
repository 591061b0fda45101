package org.octoseq.script.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one description of everything a show script can reach: every global, namespace, collection, value type
 * and method, with parameters, defaults, units and a line of documentation. It is read from one JSON file per
 * type in {@value #FOLDER} (adding a member is an edit of one small file) and checked against the live bindings
 * by {@link ApiCoverage}. It feeds {@code describe}/{@code help}/{@code doc}, {@code octoseq typings}, the web
 * editor and {@code octoseq check}.
 */
public final class ApiModel {

    /** Resource folder of the model files. */
    public static final String FOLDER = "org/octoseq/script/api/model";

    /** TypeScript names that need no model entry. */
    private static final Set<String> BUILT_IN_TYPES = Set.of("number", "string", "boolean", "void", "any", "object",
            "undefined", "null", "unknown");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, ApiType> types;
    private final Map<String, ApiType> globals;
    private final Map<String, String> files;
    /** dynalink's view of each Java class met at runtime, computed once (classes do not change). */
    private final Map<Class<?>, JavaSurface> surfaces = new java.util.concurrent.ConcurrentHashMap<>();

    private ApiModel(Map<String, ApiType> types, Map<String, String> files) {
        this.types = types;
        this.files = files;
        Map<String, ApiType> g = new LinkedHashMap<>();
        types.values().forEach(t -> t.globalNames().forEach(name -> g.put(name, t)));
        this.globals = g;
    }

    /** The model shipped with this bundle (read once; it is a constant of the build). */
    public static ApiModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final ApiModel MODEL = load(ModelFiles.list(ApiModel.class, FOLDER));
    }

    /**
     * Reads model files; every mistake (bad JSON, an unknown field, a type named twice, a reference to a type
     * that does not exist) fails with the file and the reason.
     */
    static ApiModel load(List<ModelFiles.File> modelFiles) {
        ObjectMapper json = new ObjectMapper();
        Map<String, ApiType> types = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (ModelFiles.File f : modelFiles) {
            ApiType t;
            try (InputStream in = f.open()) {
                t = json.readValue(in, ApiType.class);
            } catch (UnrecognizedPropertyException e) {
                throw new IllegalStateException("API model file " + f.name() + ": unknown field '" + e.getPropertyName()
                        + "' at line " + e.getLocation().getLineNr() + "; known: " + e.getKnownPropertyIds(), e);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("API model file " + f.name() + ": " + e.getOriginalMessage()
                        + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
            } catch (IOException e) {
                throw new IllegalStateException("API model file " + f.name() + " cannot be read: " + e.getMessage(), e);
            }
            if (t.name() == null || t.kind() == null || t.description() == null) {
                throw new IllegalStateException("API model file " + f.name() + ": name, kind and description are required");
            }
            String previous = files.put(t.name(), f.name());
            if (previous != null) {
                throw new IllegalStateException("API model type " + t.name() + " is described twice: in " + previous
                        + " and " + f.name());
            }
            types.put(t.name(), t);
        }
        ApiModel model = new ApiModel(types, files);
        List<String> problems = model.referenceProblems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the API model has broken references:\n  " + String.join("\n  ", problems));
        }
        return model;
    }

    /** Every type reference that names neither a model type nor a TypeScript built-in, and entries without docs. */
    List<String> referenceProblems() {
        List<String> out = new ArrayList<>();
        Map<String, String> seenGlobals = new LinkedHashMap<>();
        for (ApiType t : types.values()) {
            String where = fileOf(t.name());
            for (String global : t.globalNames()) {
                String other = seenGlobals.put(global, t.name());
                if (other != null) {
                    out.add(where + ": global '" + global + "' is also claimed by " + other);
                }
            }
            if (t.global() == null && !t.aliases().isEmpty()) {
                out.add(where + ": aliases need a global");
            }
            if (t.kind() == ApiType.Kind.COLLECTION && t.element() == null) {
                out.add(where + ": a collection needs an element type");
            }
            if (t.kind() == ApiType.Kind.FUNCTION && t.call() == null) {
                out.add(where + ": a function needs a call signature");
            }
            checkType(out, where, t.name() + " element", t.element());
            if (t.open() != null) {
                checkType(out, where, t.name() + " open members", t.open().type());
            }
            for (ApiMember p : t.properties()) {
                checkType(out, where, t.name() + "." + p.name(), p.type());
                requireDoc(out, where, t.name() + "." + p.name(), p.description());
            }
            List<ApiMethod> methods = new ArrayList<>(t.methods());
            if (t.call() != null) {
                methods.add(t.call());
            }
            for (ApiMethod m : methods) {
                String path = t.name() + "." + m.name();
                checkType(out, where, path + " result", m.returns());
                requireDoc(out, where, path, m.description());
                boolean optionalSeen = false;
                for (ApiParam p : m.params()) {
                    checkType(out, where, path + " parameter " + p.name(), p.type());
                    if (optionalSeen && !p.optional()) {
                        out.add(where + ": " + path + ": required parameter " + p.name() + " follows an optional one");
                    }
                    optionalSeen |= p.optional();
                }
            }
        }
        return out;
    }

    private static void requireDoc(List<String> out, String where, String path, String doc) {
        if (doc == null || doc.isBlank()) {
            out.add(where + ": " + path + " has no description");
        }
    }

    private void checkType(List<String> out, String where, String what, String type) {
        if (type == null) {
            if (!what.endsWith(" element")) {
                out.add(where + ": " + what + " has no type");
            }
            return;
        }
        String withoutLiterals = type.replaceAll("\"[^\"]*\"", " ");
        Matcher m = TYPE_NAME.matcher(withoutLiterals);
        while (m.find()) {
            String name = m.group();
            if (!BUILT_IN_TYPES.contains(name) && !types.containsKey(name)) {
                out.add(where + ": " + what + " refers to type '" + name + "', which the model does not describe");
            }
        }
    }

    /** What scripts see on objects of a Java class (cached per class). */
    JavaSurface surfaceOf(Class<?> c) {
        return surfaces.computeIfAbsent(c, JavaSurface::of);
    }

    /** The file a type is described in, e.g. {@code Signal.json}. */
    public String fileOf(String typeName) {
        return files.getOrDefault(typeName, typeName + ".json");
    }

    public Optional<ApiType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The type bound to a global name. */
    public Optional<ApiType> global(String name) {
        return Optional.ofNullable(globals.get(name));
    }

    /** Types by name, in file order. */
    public Collection<ApiType> types() {
        return types.values();
    }

    /** Global name to type, in file order. */
    public Map<String, ApiType> globals() {
        return globals;
    }

    /**
     * The model type of a Java class: the type whose {@code javaClass} is the class itself or its nearest
     * superclass or interface.
     */
    public Optional<ApiType> typeOfClass(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (ApiType t : types.values()) {
                if (k.getName().equals(t.javaClass())) {
                    return Optional.of(t);
                }
            }
        }
        for (Class<?> i : c.getInterfaces()) {
            Optional<ApiType> t = typeOfClass(i);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }
}
