package org.octoseq.script.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.Signal;

/**
 * Pays Nashorn's one-time linking cost of the host API before a show needs it. The first call of a Java method
 * from script code in a JVM makes Nashorn build the class's linker and, for parameters of abstract types, an
 * adapter class; for {@link Signal} (one abstract method, well over a hundred public ones) the first
 * {@code .value()} alone measured about 145 ms, three times a frame's budget, where a later engine links the same
 * call in 2 ms. Those caches are JVM-wide, so calling every public method of the script-facing types once, in a
 * throw-away engine, takes the cost out of the show: without it a branch first taken mid-show (a stem that
 * appears, a custom signal dropped in) ran over its budget and was stopped.
 */
public final class EngineWarmUp {

    /** The classes whose objects scripts call methods on. */
    static final List<Class<?>> SCRIPT_TYPES = List.of(Signal.class, EventStream.class, Event.class);

    private EngineWarmUp() {
    }

    /**
     * Calls every public method of the script-facing types once in a fresh engine. Failures of single calls
     * (bad arguments for the method's contract) are expected and ignored: linking happens before the call.
     */
    public static void run(JavaScriptEngines engines) {
        ScriptEngine engine = engines.create();
        Signal signal = Signal.constant(1);
        EventStream events = EventStream.of(List.of(Event.at(1.0, 1.0)));
        engine.put("s", signal);
        engine.put("e", events);
        engine.put("ev", events.get(0));
        String script = calls("s", Signal.class) + calls("e", EventStream.class) + calls("ev", Event.class);
        new EvalContext(warning -> { }).callWith(() -> {
            try {
                engine.eval(script);
            } catch (ScriptException e) {
                throw new IllegalStateException("the warm-up script does not run: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** The runaway {@link #stopOnce} stops: a function whose loop never ends. */
    public static final String RUNAWAY = "function spin() {\n  while (true) {}\n}\n";

    /** The file name the runaway is compiled under, so its stop has a script frame as a show's has. */
    public static final String RUNAWAY_FILE = "octoseq-warm-up.js";

    /**
     * Stops a guarded {@code while (true) {}} once, in a fresh engine, and returns the error for the host to
     * report the way it reports a show's (into nowhere). The first stop in a JVM pays for the throw through
     * script frames and the first report for formatting it — together some 100 ms on a loaded machine, which
     * would otherwise make the first runaway frame of a show late by that much.
     */
    public static CallBudget.BudgetExceeded stopOnce(JavaScriptEngines engines) {
        ScriptEngine engine = engines.create();
        try (Watchdog watchdog = new Watchdog()) {
            CallBudget budget = new CallBudget(watchdog);
            engine.put(GuardInjector.GUARD, budget.check());
            engine.put(ScriptEngine.FILENAME, RUNAWAY_FILE);
            engine.eval(new GuardInjector().instrument(RUNAWAY_FILE, RUNAWAY).source());
            budget.run(1, () -> {
                try {
                    ((Invocable) engine).invokeFunction("spin");
                } catch (ScriptException | NoSuchMethodException e) {
                    throw new IllegalStateException("the warm-up runaway does not run: " + e.getMessage(), e);
                }
            });
        } catch (CallBudget.BudgetExceeded stopped) {
            return stopped;
        } catch (ScriptException e) {
            throw new IllegalStateException("the warm-up runaway does not compile: " + e.getMessage(), e);
        }
        throw new IllegalStateException("the warm-up runaway was not stopped");
    }

    /** One guarded call of each public instance method of {@code type} on the global {@code name}. */
    static String calls(String name, Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .map(m -> "try { " + name + "." + m.getName() + "(" + arguments(m, name) + "); } catch (x) {}\n")
                .collect(Collectors.joining());
    }

    private static String arguments(Method m, String self) {
        return Arrays.stream(m.getParameterTypes()).map(t -> argument(t, self)).collect(Collectors.joining(", "));
    }

    private static String argument(Class<?> type, String self) {
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (type == String.class) {
            return "'warm-up'";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "{}";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "1";
        }
        return self;
    }
}
