package org.octoseq.script.api;

import java.util.Map;

/**
 * One value a script can reach, as found by {@link BindingWalker}: its path, what sort of value it is and, for
 * host objects, the members it really has.
 *
 * @param path    the script path, e.g. {@code inputs.stems["Drums"].bands}
 * @param shape   what sort of value it is
 * @param value   the value itself (for Java objects, its class is what scripts call methods on)
 * @param members for host objects: key to member, in listing order; empty otherwise
 */
public record RuntimeBinding(String path, Shape shape, Object value, Map<String, RuntimeBinding> members) {

    /** The sorts of value. */
    public enum Shape {
        /** an object provided by the host whose keys are listed by {@code Object.keys} */
        HOST_OBJECT,
        /** a function provided by the host */
        HOST_FUNCTION,
        /** a Java object: its public methods and bean properties are its members */
        JAVA_OBJECT,
        /** a Java class: its static methods are its members */
        JAVA_CLASS,
        STRING,
        NUMBER,
        BOOLEAN,
        /** {@code null} or {@code undefined} */
        NOTHING
    }

    /** The path of a member of this value: {@code a.b} for identifiers, {@code a["Kick 'A'"]} otherwise. */
    public String child(String key) {
        return childPath(path, key);
    }

    static String childPath(String path, String key) {
        if (key.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[" + quote(key) + "]";
    }

    /** A JavaScript string literal in double quotes. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
