package org.octoseq.examples.rhino;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import org.mozilla.javascript.engine.RhinoScriptEngine;
import org.mozilla.javascript.engine.RhinoScriptEngineFactory;
import org.osgi.service.component.annotations.Component;

/**
 * Rhino in interpreted mode, offered as a {@link ScriptEngineFactory} service (the OSGi way for a bundle to
 * add an engine). Interpreted, Rhino compiles a script in a few milliseconds and makes no Java classes for it,
 * which suits a script that is reloaded on every save; compiled (the {@code rhino} engine this bundle also lists
 * in its {@code META-INF/services}) runs it faster. A script asks for this engine by its file name:
 * {@code main.rhino-interpreted.js}.
 */
@Component(service = ScriptEngineFactory.class)
public final class InterpretedRhino implements ScriptEngineFactory {

    /** The engine's name, and so the part of a file name that asks for it. */
    public static final String NAME = "rhino-interpreted";

    private static final String INTERPRETED = "-1";

    private final RhinoScriptEngineFactory rhino = new RhinoScriptEngineFactory();

    @Override
    public ScriptEngine getScriptEngine() {
        ScriptEngine engine = rhino.getScriptEngine();
        engine.put(RhinoScriptEngine.OPTIMIZATION_LEVEL, INTERPRETED);
        return engine;
    }

    @Override
    public String getEngineName() {
        return "Rhino (interpreted)";
    }

    /** Rhino's version number ("1.7.15"; Rhino's own factory says "Rhino 1.7.15"). */
    @Override
    public String getEngineVersion() {
        return rhino.getEngineVersion().replaceFirst("^\\D*", "");
    }

    @Override
    public List<String> getExtensions() {
        return rhino.getExtensions();
    }

    @Override
    public List<String> getMimeTypes() {
        return rhino.getMimeTypes();
    }

    @Override
    public List<String> getNames() {
        return List.of(NAME);
    }

    @Override
    public String getLanguageName() {
        return rhino.getLanguageName();
    }

    @Override
    public String getLanguageVersion() {
        return rhino.getLanguageVersion();
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.NAME -> NAME;
            case ScriptEngine.ENGINE -> getEngineName();
            default -> rhino.getParameter(key);
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return rhino.getMethodCallSyntax(obj, m, args);
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return rhino.getOutputStatement(toDisplay);
    }

    @Override
    public String getProgram(String... statements) {
        return rhino.getProgram(statements);
    }
}
