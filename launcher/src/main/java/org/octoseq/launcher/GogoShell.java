package org.octoseq.launcher;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;

/**
 * The Gogo shell of the running framework. Gogo's types live in its own bundle, so the launcher talks to its
 * {@code CommandProcessor} service reflectively.
 */
final class GogoShell {

    private GogoShell() {
    }

    /** Runs one Gogo command line (e.g. {@code lb} or {@code octoseq:namespace}) and prints its result. */
    static int execute(OctoseqRuntime runtime, String commandLine, PrintStream out, PrintStream err) throws Exception {
        runtime.awaitComponents(Duration.ofSeconds(10));
        Object processor = runtime.awaitService("(objectClass=org.apache.felix.service.command.CommandProcessor)",
                Duration.ofSeconds(10));
        if (processor == null) {
            err.println("octoseq shell: the Gogo runtime is not active");
            return 2;
        }
        Method create = find(processor.getClass(), "createSession", 3);
        Object session = create.invoke(processor, new ByteArrayInputStream(new byte[0]), out, err);
        try {
            Object result = find(session.getClass(), "execute", 1).invoke(session, commandLine);
            if (result != null) {
                Object formatted = find(session.getClass(), "format", 2).invoke(session, result, 1);
                out.println(formatted);
            }
            return result instanceof Integer code ? code : 0;
        } catch (java.lang.reflect.InvocationTargetException e) {
            err.println("octoseq shell: " + e.getCause().getMessage());
            return 1;
        } finally {
            find(session.getClass(), "close", 0).invoke(session);
        }
    }

    /** Blocks until the interactive Gogo shell (started by gogo.shell on the console) exits the framework. */
    static int interactive(OctoseqRuntime runtime) throws InterruptedException {
        runtime.awaitStop();
        return 0;
    }

    private static Method find(Class<?> type, String name, int params) throws NoSuchMethodException {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == params) {
                m.setAccessible(true);
                return m;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }
}
