package org.octoseq.script.editor;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The show script being played, as an editor sees it. Thread-safe; every call reads the live state.
 */
@ProviderType
public interface ScriptWorkspace {

    /** The script of the running show (the session that watches its file), or empty when none runs. */
    Optional<EditedScript> current();

    /**
     * Compiles a draft, runs its top level, {@code init} and a few frames headless against the live namespace,
     * and gives what the host reported (the running show is not touched).
     */
    List<EditorDiagnostic> check(String source);

    /**
     * Writes the text over the running script's file the way editors save (a new file renamed over it); the
     * host's watcher then reloads it at a frame boundary, or keeps the old version and reports why.
     *
     * @throws IOException           when the file cannot be written
     * @throws IllegalStateException when no show script is running
     */
    void save(String source) throws IOException;

    /**
     * TypeScript declarations of the script API with the live namespace's keys as literal types (what
     * {@code octoseq typings} writes), for completion and hover; regenerated when the namespace changes.
     */
    String typings();
}
