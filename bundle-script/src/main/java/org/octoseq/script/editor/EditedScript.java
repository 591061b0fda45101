package org.octoseq.script.editor;

import java.util.List;

/**
 * The running show script.
 *
 * @param file             the script file
 * @param source           its text on disk now
 * @param version          the number of the version running (0 when none runs: the file never loaded)
 * @param healthy          whether a version runs and has not faulted
 * @param frames           frames run so far
 * @param namespaceVersion the namespace snapshot the show reads; completion is stale when it changes
 * @param diagnostics      what the host reported, newest last
 * @param guardrails       API and project warnings (see {@code octoseq check})
 */
public record EditedScript(String file, String source, int version, boolean healthy, long frames, long namespaceVersion,
                           List<EditorDiagnostic> diagnostics, List<String> guardrails) {
}
