package org.octoseq.script.signal;

import org.octoseq.api.signal.Signal;
import org.octoseq.api.signal.SignalHandle;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;

/**
 * A {@link Signal} as scripts see it. JavaScript has no operator overloading, so a Signal refuses to become a
 * number: {@code sig + 1}, {@code sig * 2}, {@code sig < 0.5} or {@code Math.sin(sig)} throw a {@code TypeError}
 * that says to use {@code .value()}, a method such as {@code .add()}, or {@code frame.<name>}. As a string
 * ({@code String(sig)}, template literals) it is its {@code describe()} text.
 */
public final class ScriptSignal extends ApiObject implements SignalHandle {

    ScriptSignal(Signal signal, SignalBindings bindings) {
        super(signal, ScriptType.of(Signal.class), bindings);
    }

    @Override
    public Signal signal() {
        return (Signal) target();
    }

    /**
     * This frame's value. Nashorn scripts reach {@code value} as a member; the Java method is for engines that see
     * host objects as plain Java objects (Rhino and other JSR-223 engines call {@code x.value()} on it directly).
     */
    public double value() {
        return signal().value();
    }

    /** Why a Signal is not a number, and what to write instead. */
    String refusal() {
        return "a Signal is not a number (it changes every frame), so JavaScript operators and Math functions do not"
                + " work on " + signal().describe() + ": use .value() for this frame's number, methods such as .add(),"
                + " .mul(), .lt() or .sin() to build a new Signal, or frame.<name> in update(dt, frame)";
    }

    /** {@code sig.value()}: the one method scripts call every frame, so it skips the general dispatch. */
    @Override
    public Object getMember(String name) {
        return "value".equals(name) ? VALUE : super.getMember(name);
    }

    private static final AbstractJSObject VALUE = new AbstractJSObject() {
        @Override
        public Object call(Object thiz, Object... args) {
            if (thiz instanceof ScriptSignal s && args.length == 0) {
                return s.signal().value();
            }
            return ScriptType.of(Signal.class).function("value").call(thiz, args); // its errors
        }

        @Override
        public boolean isFunction() {
            return true;
        }
    };

    @Override
    Object special(String name) {
        return "valueOf".equals(name) ? bindings().refuser() : super.special(name);
    }

    @Override
    public Object getDefaultValue(Class<?> hint) {
        if (hint == String.class) {
            return signal().describe();
        }
        throw new UnsupportedOperationException(refusal());
    }
}
