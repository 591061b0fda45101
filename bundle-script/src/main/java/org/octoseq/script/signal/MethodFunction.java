package org.octoseq.script.signal;

import java.util.Map;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.signal.SignalHandle;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.api.scripting.JSObject;

/**
 * A method of a {@link ScriptType} as a script function, shared by every object of the type: called as
 * {@code obj.name(args)}, it picks the overload for the number of arguments given (trailing {@code undefined}s
 * count as omitted), converts the arguments to the Java parameter types and the result back to a script value.
 * Wrong arguments throw a {@code TypeError} that names the method and what it expected.
 */
final class MethodFunction extends AbstractJSObject {

    private static final Object[] NO_ARGS = new Object[0];

    private final ScriptType type;
    private final String name;
    private final ScriptType.Call[] byArity;

    MethodFunction(ScriptType type, String name, ScriptType.Call[] byArity) {
        this.type = type;
        this.name = name;
        this.byArity = byArity;
    }

    @Override
    public Object call(Object thiz, Object... args) {
        if (!(thiz instanceof ApiObject self) || self.type() != type) {
            throw NashornValues.typeError(what() + " must be called on a " + type.name() + ", as x." + name + "(…)");
        }
        int n = args.length;
        while (n > 0 && NashornValues.isUndefined(args[n - 1])) {
            n--;
        }
        ScriptType.Call call = n < byArity.length ? byArity[n] : null;
        if (call == null) {
            throw NashornValues.typeError(what() + " takes " + arities() + " argument" + (byArity.length == 2
                    && byArity[1] != null && byArity[0] == null ? "" : "s") + ", got " + n);
        }
        Object[] javaArgs = n == 0 ? NO_ARGS : new Object[n];
        Class<?>[] types = call.parameters();
        for (int i = 0; i < n; i++) {
            javaArgs[i] = toJava(args[i], types[i], i);
        }
        Object result;
        try {
            result = call.handle().invokeExact(self.target(), javaArgs);
        } catch (IllegalArgumentException e) {
            throw NashornValues.typeError(what() + ": " + e.getMessage());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(what() + " failed: " + t, t);
        }
        return self.bindings().toScript(result);
    }

    private Object toJava(Object v, Class<?> target, int index) {
        if (target == Object.class) { // the API's "number or Signal" parameters
            if (v instanceof Number || v instanceof Signal) {
                return v;
            }
            if (v instanceof SignalHandle h) {
                return h.signal();
            }
            throw wrong(index, "a number or a Signal", v);
        }
        if (target == double.class || target == Double.class || target == float.class) {
            if (v instanceof Number num) {
                return target == float.class ? (Object) num.floatValue() : (Object) num.doubleValue();
            }
            throw wrong(index, v instanceof SignalHandle ? "a number (not a Signal)" : "a number", v);
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            if (v instanceof Number num && Double.isFinite(num.doubleValue())) {
                return target == long.class || target == Long.class ? (Object) num.longValue() : (Object) num.intValue();
            }
            throw wrong(index, "a whole number", v);
        }
        if (target == Number.class) {
            if (v instanceof Number) {
                return v;
            }
            throw wrong(index, "a number", v);
        }
        if (target == boolean.class || target == Boolean.class) {
            if (v instanceof Boolean) {
                return v;
            }
            throw wrong(index, "true or false", v);
        }
        if (target == String.class) {
            if (v instanceof CharSequence s) {
                return s.toString();
            }
            throw wrong(index, "a string", v);
        }
        if (Map.class.isAssignableFrom(target)) {
            if (NashornValues.isUndefined(v)) {
                return Map.of();
            }
            if (v instanceof Map<?, ?> m && !(v instanceof JSObject o && (o.isFunction() || o.isArray()))) {
                return m;
            }
            throw wrong(index, "an options object such as {key: value}", v);
        }
        if (v instanceof ApiObject o && target.isInstance(o.target())) {
            return o.target();
        }
        if (target.isInstance(v)) {
            return v;
        }
        throw wrong(index, "a " + ScriptType.of(target).name(), v);
    }

    private RuntimeException wrong(int index, String expected, Object got) {
        return NashornValues.typeError(what() + ": argument " + (index + 1) + " must be " + expected + ", got "
                + describe(got));
    }

    static String describe(Object v) {
        if (NashornValues.isUndefined(v)) {
            return v == null ? "null" : "undefined";
        }
        if (v instanceof CharSequence s) {
            return "the string '" + s + "'";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        if (v instanceof ApiObject o) {
            return "a " + o.type().name();
        }
        if (v instanceof JSObject o) {
            return o.isFunction() ? "a function" : o.isArray() ? "an array" : "an object";
        }
        return "a " + v.getClass().getSimpleName();
    }

    private String what() {
        return type.name() + "." + name;
    }

    private String arities() {
        StringBuilder b = new StringBuilder();
        var list = type.arities(name);
        for (int i = 0; i < list.size(); i++) {
            b.append(i == 0 ? "" : i == list.size() - 1 ? " or " : ", ").append(list.get(i));
        }
        return b.toString();
    }

    @Override
    public boolean isFunction() {
        return true;
    }

    @Override
    public String getClassName() {
        return "Function";
    }

    @Override
    public Object getDefaultValue(Class<?> hint) {
        return toString();
    }

    @Override
    public String toString() {
        return "function " + what() + "() { [host method] }";
    }
}
