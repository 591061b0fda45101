package org.octoseq.script.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.script.Bindings;
import org.octoseq.api.signal.Signal;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.api.scripting.JSObject;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/**
 * The script globals {@code describe(x)}, {@code help(x)} and {@code doc(path)}, served from the {@link ApiModel}.
 * {@code doc} and {@code describe} give plain script objects (made by the script's own {@code JSON.parse}, so
 * they print, stringify and index like any object); {@code help} gives text. A value is matched to its model
 * type by its Java class, or, for the host's namespace objects, by walking the script's globals.
 */
public final class ScriptHelp {

    private final java.util.function.Supplier<ApiModel> models;
    private final Bindings global;
    private ApiModel model;
    private ApiDocs docs;
    private ObjectMapper json;

    private ScriptHelp(java.util.function.Supplier<ApiModel> models, Bindings global) {
        this.models = models;
        this.global = global;
    }

    /**
     * Binds {@code describe}, {@code help} and {@code doc} into a script's global scope. The model is read on
     * the first call of one of them, so loading a script that does not ask for help costs nothing.
     */
    public static void install(Bindings global, java.util.function.Supplier<ApiModel> models) {
        ScriptHelp h = new ScriptHelp(models, global);
        global.put("describe", new Function("describe", args -> h.ready().describe(arg(args))));
        global.put("help", new Function("help", args -> h.ready().help(args.length == 0 ? null : args[0])));
        global.put("doc", new Function("doc", args -> h.ready().object(h.docs.doc(text(arg(args))))));
    }

    private ScriptHelp ready() {
        if (model == null) {
            model = models.get();
            docs = new ApiDocs(model);
            json = new ObjectMapper();
        }
        return this;
    }

    private static Object arg(Object[] args) {
        return args.length == 0 ? null : args[0];
    }

    private static String text(Object o) {
        return o == null || isUndefined(o) ? "" : String.valueOf(o);
    }

    /** {@code describe(x)}: a string is a doc path; a value gives its type's entry; anything else a value entry. */
    Object describe(Object wrapped) {
        Object x = BindingWalker.unwrap(wrapped);
        if (x instanceof CharSequence s) {
            return object(docs.doc(s.toString()));
        }
        Optional<ApiType> t = typeOf(x);
        if (t.isPresent()) {
            Map<String, Object> out = docs.typeDoc(t.get());
            if (x instanceof JSObject js && !js.isFunction()) {
                out.put("keys", List.copyOf(js.keySet()));
            }
            if (x instanceof Signal s) {
                out.put("structure", s.describe());
            }
            return object(out);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "value");
        out.put("type", valueType(x));
        if (x instanceof JSObject js && !js.isFunction() && !js.isArray()) {
            out.put("keys", List.copyOf(js.keySet()));
        }
        return object(out);
    }

    /** {@code help(x)}: text for a name or a value's type; {@code help()} lists the globals. */
    String help(Object x) {
        if (x == null || isUndefined(x)) {
            return docs.help("");
        }
        if (x instanceof CharSequence s) {
            return docs.help(s.toString());
        }
        return typeOf(x).map(docs::typeHelp).orElseGet(() -> valueType(x) + " (no host docs)");
    }

    private Optional<ApiType> typeOf(Object wrapped) {
        Object x = BindingWalker.unwrap(wrapped);
        if (x == null || isUndefined(x)) {
            return Optional.empty();
        }
        if (!(x instanceof JSObject) && BindingWalker.shapeOf(x) == RuntimeBinding.Shape.JAVA_OBJECT) {
            return model.typeOfClass(x.getClass());
        }
        if (x instanceof JSObject && !(x instanceof ScriptObjectMirror)) {
            return Optional.ofNullable(ApiCoverage.typesOf(model, BindingWalker.globals(global)).get(x));
        }
        return Optional.empty();
    }

    private static String valueType(Object x) {
        if (x == null) {
            return "null";
        }
        if (isUndefined(x)) {
            return "undefined";
        }
        if (x instanceof ScriptObjectMirror m) {
            return m.isFunction() ? "function" : m.isArray() ? "array" : "object";
        }
        return switch (BindingWalker.shapeOf(x)) {
            case NUMBER -> "number";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case HOST_FUNCTION -> "function";
            default -> x.getClass().getSimpleName();
        };
    }

    private static boolean isUndefined(Object o) {
        return o != null && o.getClass().getName().endsWith(".Undefined");
    }

    /** A Java map as a script object of the script's own realm. */
    private Object object(Map<String, Object> m) {
        try {
            Object parser = global.get("JSON");
            return ((ScriptObjectMirror) parser).callMember("parse", json.writeValueAsString(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot convert a doc entry: " + e.getOriginalMessage(), e);
        }
    }

    /** A host function of one argument list. */
    private static final class Function extends AbstractJSObject {
        private final String name;
        private final java.util.function.Function<Object[], Object> body;

        Function(String name, java.util.function.Function<Object[], Object> body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public Object call(Object thiz, Object... args) {
            return body.apply(args);
        }

        @Override
        public boolean isFunction() {
            return true;
        }

        @Override
        public String getClassName() {
            return "Function";
        }

        /**
         * Strict: a call {@code help(…)} needs no {@code this}, so Nashorn does not wrap its global for
         * one at every call (as it does for a non-strict function called without a receiver).
         */
        @Override
        public boolean isStrictFunction() {
            return true;
        }

        @Override
        public String toString() {
            return "function " + name + "() { [octoseq help] }";
        }
    }
}
