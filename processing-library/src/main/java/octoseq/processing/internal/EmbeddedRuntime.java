package octoseq.processing.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.launcher.HostApiPackages;
import org.octoseq.launcher.OctoseqRuntime;

/**
 * The Octoseq runtime inside a sketch: the launcher's embedded Felix, with the bundles of the library's
 * {@code library/bundles/} folder (FileInstall keeps watching it) and the API packages exported from the
 * sketch's class path, so the services can be used typed.
 */
public final class EmbeddedRuntime implements AutoCloseable {

    /** System property naming the library's {@code library/} folder (default: the folder of octoseq.jar). */
    public static final String LIBRARY_PROPERTY = "octoseq.library";
    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(20);
    static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(10);

    private final OctoseqRuntime runtime;
    private final NamespaceRegistry registry;
    private final ScriptHost scripts;
    private final ProjectLoader projects;

    private EmbeddedRuntime(OctoseqRuntime runtime) throws InterruptedException {
        this.runtime = runtime;
        this.registry = service(NamespaceRegistry.class);
        this.scripts = service(ScriptHost.class);
        this.projects = service(ProjectLoader.class);
    }

    /** Starts the runtime from the library folder; returns when every bundle is active. */
    public static EmbeddedRuntime start(PrintStream log) throws Exception {
        Path library = libraryFolder();
        Path bundles = library.resolve("bundles");
        Path system = library.resolve("system");
        if (!Files.isDirectory(bundles) || !Files.isDirectory(system)) {
            throw new IOException("the Octoseq library folder " + library + " has no bundles/ or system/ folder:"
                    + " install the whole zip as <sketchbook>/libraries/octoseq");
        }
        ClassLoader own = EmbeddedRuntime.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(own); // Felix is found with the ServiceLoader, through the context loader
        try {
            OctoseqRuntime runtime = OctoseqRuntime.start(bundles, system, false, log,
                    Map.of("org.osgi.framework.system.packages.extra", HostApiPackages.exportPackage(own)));
            try {
                return new EmbeddedRuntime(runtime);
            } catch (InterruptedException | RuntimeException e) {
                runtime.close();
                throw e;
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The {@code library/} folder: {@value #LIBRARY_PROPERTY}, or where octoseq.jar lies. */
    static Path libraryFolder() throws IOException {
        String configured = System.getProperty(LIBRARY_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path jar = Path.of(EmbeddedRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(jar) ? jar : jar.getParent();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot tell where octoseq.jar is; set -D" + LIBRARY_PROPERTY + "=<library folder>", e);
        }
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        Object s = runtime.awaitService("(objectClass=" + type.getName() + ")", SERVICE_TIMEOUT);
        if (s == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " service in the Octoseq runtime");
        }
        return type.cast(s);
    }

    /** Opens a show folder and waits for the analysis of its audio. */
    public OpenProject open(Path folder) throws IOException, InterruptedException {
        OpenProject project = projects.open(folder);
        if (!project.awaitReady(ANALYSIS_TIMEOUT)) {
            project.close();
            throw new IOException("the analysis of " + folder + " did not finish within "
                    + ANALYSIS_TIMEOUT.toMinutes() + " minutes");
        }
        return project;
    }

    public NamespaceRegistry registry() {
        return registry;
    }

    public ScriptHost scripts() {
        return scripts;
    }

    /** Stops the framework: every bundle stops, the analysis services go away. */
    @Override
    public void close() {
        runtime.close();
    }
}
