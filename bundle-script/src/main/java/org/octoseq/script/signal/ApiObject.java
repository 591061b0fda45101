package org.octoseq.script.signal;

import java.lang.invoke.MethodHandle;
import java.util.Set;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;

/**
 * A script-facing Java object (EventStream, Event, a builder, {@code gen}) as scripts see it: the methods and
 * read-only properties of its {@link ScriptType}, nothing else. Unknown members are {@code undefined} with one
 * warning (suggesting the closest name); writes are refused with a warning. Converts to its description.
 */
public class ApiObject extends AbstractJSObject {

    private static final Object[] NO_ARGS = new Object[0];

    private final Object target;
    private final ScriptType type;
    private final SignalBindings bindings;

    ApiObject(Object target, ScriptType type, SignalBindings bindings) {
        this.target = target;
        this.type = type;
        this.bindings = bindings;
    }

    /** The Java object behind this script object. */
    public Object target() {
        return target;
    }

    /** What scripts see of the target's type. */
    public ScriptType type() {
        return type;
    }

    SignalBindings bindings() {
        return bindings;
    }

    @Override
    public Object getMember(String name) {
        MethodFunction f = type.function(name);
        if (f != null) {
            return f;
        }
        MethodHandle p = type.property(name);
        if (p != null) {
            try {
                return bindings.toScript(p.invokeExact(target, NO_ARGS));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(type.name() + "." + name + " failed: " + t, t);
            }
        }
        Object special = special(name);
        if (special != null) {
            return special;
        }
        bindings.unknownMember(type, name);
        return NashornValues.undefined();
    }

    /** {@code toString} (and for subclasses {@code valueOf}) as functions; null when not special. */
    Object special(String name) {
        return "toString".equals(name) || "valueOf".equals(name) ? bindings.describer() : null;
    }

    @Override
    public boolean hasMember(String name) {
        return type.members().contains(name);
    }

    @Override
    public Set<String> keySet() {
        return type.members();
    }

    @Override
    public void setMember(String name, Object value) {
        bindings.warnOnce("a " + type.name() + " is read-only: cannot set '" + name + "'");
    }

    @Override
    public void removeMember(String name) {
        bindings.warnOnce("a " + type.name() + " is read-only: cannot delete '" + name + "'");
    }

    @Override
    public Object getDefaultValue(Class<?> hint) {
        return toString();
    }

    @Override
    public String getClassName() {
        return type.name();
    }

    @Override
    public String toString() {
        return String.valueOf(target);
    }
}
