package org.octoseq.script.namespace;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.octoseq.script.signal.SignalBindings;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.internal.runtime.Undefined;

/**
 * A read-only script object whose members come from Java: any string is a valid key, unknown keys give
 * {@code undefined} plus one warning listing the keys that exist, and writes are refused with a warning.
 */
abstract class ReadOnlyObject extends AbstractJSObject {

    private final String path;
    private final Consumer<String> warnings;
    private final Set<String> warnedKeys = new HashSet<>();

    ReadOnlyObject(String path, Consumer<String> warnings) {
        this.path = path;
        this.warnings = warnings;
    }

    /** The members in listing order. */
    protected abstract Map<String, Object> members();

    /** The script path of this object, e.g. {@code inputs.stems}. */
    String path() {
        return path;
    }

    @Override
    public Object getMember(String name) {
        Object value = members().get(name);
        if (value != null) {
            return value;
        }
        if (!SignalBindings.LANGUAGE_PROBES.contains(name) && warnedKeys.add(name)) {
            warnings.accept(path + " has no key '" + name + "'" + hint(name) + "; available: " + members().keySet());
        }
        return Undefined.getUndefined();
    }

    /** Extra advice for a missing key (e.g. the new name of a legacy one); empty by default. */
    protected String hint(String name) {
        return "";
    }

    @Override
    public boolean hasMember(String name) {
        return members().containsKey(name);
    }

    @Override
    public Set<String> keySet() {
        return members().keySet();
    }

    @Override
    public Collection<Object> values() {
        return members().values();
    }

    @Override
    public void setMember(String name, Object value) {
        warnings.accept(path + " is read-only: cannot set '" + name + "'");
    }

    @Override
    public void removeMember(String name) {
        warnings.accept(path + " is read-only: cannot delete '" + name + "'");
    }

    /** String conversion ({@code '' + inputs}, logging) gives the path and keys instead of failing. */
    @Override
    public Object getDefaultValue(Class<?> hint) {
        return toString();
    }

    @Override
    public String getClassName() {
        return "Object";
    }

    @Override
    public String toString() {
        return "[" + path + " " + members().keySet() + "]";
    }
}
