package org.octoseq.script.engine;

import javax.script.ScriptEngine;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;

/**
 * Creates JavaScript engines on the embedded standalone Nashorn, with this bundle's class loader (never the
 * thread context loader, which cannot see the embedded engine inside OSGi) and the sandbox class filter.
 * ES6 mode: arrow functions, {@code let}/{@code const}, template literals and default parameters work;
 * classes, destructuring, spread and generators do not (see docs/scripting-language.md).
 */
public final class JavaScriptEngines {

    private static final String[] OPTIONS = {"--language=es6", "-strict=false", "--lazy-compilation=false"};

    private final NashornScriptEngineFactory factory = new NashornScriptEngineFactory();

    public ScriptEngine create() {
        return factory.getScriptEngine(OPTIONS, JavaScriptEngines.class.getClassLoader(), new SandboxClassFilter());
    }
}
