package org.octoseq.script.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.Generators;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.signal.SignalNamespace;
import org.octoseq.script.signal.ScriptType;
import org.octoseq.script.signal.SignalBindings;

/**
 * Pays the one-time costs of the script API before a show needs them. The first use of a script-facing type
 * builds its {@link ScriptType} (reflection, one method handle per method), and the first call of each method
 * shape makes the JVM spin its method-handle forms: measured at 2–90 ms for a method first called mid-show, more
 * than a frame's budget. Those caches are JVM-wide, so calling every script method of every script-facing type
 * once, in a throw-away engine, takes the cost out of the show: without it a branch first taken mid-show (a
 * stem that appears, a custom signal dropped in) could run over its budget and be stopped.
 */
public final class EngineWarmUp {

    /** The script-facing types, with the global each is reachable as in the warm-up script. */
    static final Map<String, Class<?>> SCRIPT_TYPES = Map.of("s", Signal.class, "e", EventStream.class,
            "ev", Event.class, "g", Generators.class, "ns", SignalNamespace.class,
            "sm", Signal.constant(1).getSmooth().getClass(), "no", Signal.constant(1).getNormalise().getClass(),
            "ga", Signal.constant(1).getGate().getClass(), "pi", Signal.constant(1).getPick().getClass(),
            "se", Signal.select().getClass());

    private EngineWarmUp() {
    }

    /**
     * Reads every property and calls every method of the script-facing types once, through the real script
     * surface, in a fresh engine. Failures of single calls (bad arguments for the method's contract) are expected
     * and ignored: the costs are paid before the call fails.
     */
    public static void run(JavaScriptEngines engines) {
        ScriptEngine engine = engines.create();
        Bindings globals = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        SignalBindings api = new SignalBindings(warning -> { });
        Signal signal = Signal.constant(1);
        EventStream events = EventStream.of(List.of(Event.at(1.0, 1.0)));
        Map<String, Object> objects = Map.of("s", signal, "e", events, "ev", events.get(0), "g", new Generators(),
                "ns", new SignalNamespace(), "sm", signal.getSmooth(), "no", signal.getNormalise(), "ga", signal.getGate(),
                "pi", signal.getPick(), "se", Signal.select());
        EvalContext ctx = new EvalContext(warning -> { });
        ctx.callWith(() -> {
            api.bind(globals);
            objects.forEach((name, o) -> globals.put(name, api.toScript(o)));
            String script = SCRIPT_TYPES.entrySet().stream().map(t -> calls(t.getKey(), ScriptType.of(t.getValue())))
                    .collect(Collectors.joining());
            try {
                engine.eval(script);
            } catch (ScriptException e) {
                throw new IllegalStateException("the warm-up script does not run: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** One guarded read of each property and call of each overload of {@code type} on the global {@code name}. */
    static String calls(String name, ScriptType type) {
        StringBuilder b = new StringBuilder();
        for (String p : type.properties()) {
            b.append("try { ").append(name).append('.').append(p).append("; } catch (x) {}\n");
        }
        for (String m : type.methods()) {
            for (Class<?>[] params : type.signatures(m)) {
                b.append("try { ").append(name).append('.').append(m).append('(')
                        .append(Arrays.stream(params).map(EngineWarmUp::argument).collect(Collectors.joining(", ")))
                        .append("); } catch (x) {}\n");
            }
        }
        return b.toString();
    }

    private static String argument(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (type == String.class) {
            return "'warm-up'";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "{}";
        }
        if (type == Object.class) {
            return "s"; // a Signal where the API takes "a number or a Signal"
        }
        return "1";
    }
}
