package org.octoseq.script.engine;

import javax.script.ScriptEngine;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;

/**
 * Creates JavaScript engines on the embedded standalone Nashorn, with this bundle's class loader (never the
 * thread context loader, which cannot see the embedded engine inside OSGi) and the sandbox class filter.
 */
public final class JavaScriptEngines {

    private static final String[] OPTIONS = {"--language=es6", "-strict=false"};

    private final NashornScriptEngineFactory factory = new NashornScriptEngineFactory();

    public ScriptEngine create() {
        return factory.getScriptEngine(OPTIONS, JavaScriptEngines.class.getClassLoader(), new SandboxClassFilter());
    }
}
