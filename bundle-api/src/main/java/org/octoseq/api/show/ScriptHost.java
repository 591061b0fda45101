package org.octoseq.api.show;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** Runs show scripts against the live namespace (provided by the script bundle). */
@ProviderType
public interface ScriptHost {

    /**
     * Loads a script: compiles it and runs its top level and {@code init(ctx)}. A script that fails to load
     * gives a session with the errors in its diagnostics whose frames do nothing, so a show keeps running.
     */
    ScriptSession load(Path scriptFile);

    /**
     * Loads a script for an offline run (a render): as {@link #load}, but not watched for changes, and with time
     * budgets meant for a machine that may be busy rather than for a live frame (a runaway loop is still
     * stopped), so what a frame draws depends on the script and the frame's time only, never on how loaded the
     * machine was.
     */
    ScriptSession loadOffline(Path scriptFile);
}
