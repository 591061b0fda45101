package org.octoseq.script.signal;

import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.runtime.ECMAException;
import org.openjdk.nashorn.internal.runtime.Undefined;

/**
 * The few script values the host objects make themselves: {@code undefined}, arrays and {@code TypeError}s. They
 * need Nashorn's runtime (the public API has no way to throw a script error or make an array from Java), so the
 * internal classes are used here and nowhere else in this package. Only valid while a script runs on this
 * thread (its global is current).
 */
final class NashornValues {

    private NashornValues() {
    }

    static Object undefined() {
        return Undefined.getUndefined();
    }

    static boolean isUndefined(Object o) {
        return o == null || o instanceof Undefined;
    }

    /** A script array of the given (already script-ready) elements. */
    static Object array(Object[] elements) {
        return Global.allocate(elements);
    }

    /** A script array of numbers. */
    static Object array(double[] elements) {
        return Global.allocate(elements);
    }

    /** A JavaScript {@code TypeError} carrying the script's own file and line, to be thrown. */
    static RuntimeException typeError(String message) {
        return new ECMAException(Global.instance().newTypeError(message), null);
    }
}
