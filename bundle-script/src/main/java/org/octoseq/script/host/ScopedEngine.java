package org.octoseq.script.host;

import java.io.Reader;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

/**
 * A view of the session's engine whose default context is one version's fresh global scope, for code that
 * binds globals through a {@link ScriptEngine} (such as {@code ScriptNamespace.bind}).
 */
final class ScopedEngine extends AbstractScriptEngine {

    private final ScriptEngine engine;

    ScopedEngine(ScriptEngine engine, ScriptContext context) {
        this.engine = engine;
        setContext(context);
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        return engine.eval(script, context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return engine.eval(reader, context);
    }

    @Override
    public Bindings createBindings() {
        return engine.createBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return engine.getFactory();
    }
}
