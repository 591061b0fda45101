package org.octoseq.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.show.ScriptHost;

/**
 * A test acting as an embedding host: the real runtime with the API packages exported from the test's class
 * path, so the Octoseq services can be used typed.
 */
final class ShowHost implements AutoCloseable {

    final OctoseqRuntime runtime;
    final NamespaceRegistry registry;
    final ScriptHost scripts;
    final ProjectLoader projects;

    ShowHost(Deployment deployment) throws Exception {
        this(deployment, false);
    }

    /** @param editor whether to start the web editor and its HTTP server too, as {@code octoseq run} does */
    ShowHost(Deployment deployment, boolean editor) throws Exception {
        Map<String, String> properties = new java.util.HashMap<>(editor ? Main.editorProperties() : Map.of());
        properties.put("org.osgi.framework.system.packages.extra",
                HostApiPackages.exportPackage(getClass().getClassLoader()));
        runtime = OctoseqRuntime.start(deployment.bundles, deployment.system, false, System.err, properties,
                editor ? java.util.List.of(deployment.editor) : java.util.List.of());
        registry = service(NamespaceRegistry.class);
        scripts = service(ScriptHost.class);
        projects = service(ProjectLoader.class);
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        Object s = runtime.awaitService("(objectClass=" + type.getName() + ")", Duration.ofSeconds(10));
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service in the runtime");
        }
        return type.cast(s);
    }

    /** Opens a show folder and waits for its analysis. */
    OpenProject open(Path folder) throws Exception {
        OpenProject project = projects.open(folder);
        if (!project.awaitReady(Duration.ofSeconds(60))) {
            throw new AssertionError("analysis of " + folder + " did not finish in 60 s");
        }
        return project;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
