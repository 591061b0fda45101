package org.octoseq.api.show;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.octoseq.api.namespace.Diagnostic;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds globals to the scripts a {@link ScriptHost} runs: register one as a service and every script loaded (or
 * reloaded) afterwards sees its objects under their names, e.g. the Processing bundle's {@code assets} and
 * {@code mesh}. A global never replaces one the host defines itself ({@code inputs}, {@code timing}, {@code log}…).
 * The script calls the public methods of the objects; they must not throw for bad script input, but report it.
 */
@ConsumerType
public interface ScriptGlobals {

    /**
     * The globals of one load of {@code scriptFile}, name to object. Called on the loading thread, before the
     * script's top level runs.
     *
     * @param diagnostics where the objects report problems (a missing asset…) to the script's diagnostics
     */
    Map<String, Object> globals(Path scriptFile, Consumer<Diagnostic> diagnostics);
}
