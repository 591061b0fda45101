package org.octoseq.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An embedded Felix framework running a show: it installs FileInstall from the launcher's {@code system/}
 * folder, FileInstall deploys (and keeps watching) every bundle in the {@code bundles/} folder, and
 * subcommands are called on the command services the bundles register.
 *
 * <p>A command service is any service with the properties {@code osgi.command.scope=octoseq} and
 * {@code osgi.command.function=NAME} and a public method {@code int NAME(String...)} — the same object the
 * Gogo shell calls as {@code octoseq:NAME}.
 */
public final class OctoseqRuntime implements AutoCloseable {

    /** How long bundles may take to become active. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Framework framework;
    private final Path storage;
    private final Path bundlesDir;
    private final PrintStream log;
    private final List<ServiceTracker<Object, Object>> trackers = new java.util.concurrent.CopyOnWriteArrayList<>();

    private OctoseqRuntime(Framework framework, Path storage, Path bundlesDir, PrintStream log) {
        this.framework = framework;
        this.storage = storage;
        this.bundlesDir = bundlesDir;
        this.log = log;
    }

    /**
     * Starts the framework and waits until every bundle in {@code bundlesDir} is active.
     *
     * @param bundlesDir  the deploy folder FileInstall watches
     * @param systemDir   folder with the FileInstall bundle
     * @param interactive whether the Gogo shell may read the console
     * @throws IllegalStateException when a bundle does not resolve or start in time (the message names it and why)
     */
    public static OctoseqRuntime start(Path bundlesDir, Path systemDir, boolean interactive, PrintStream log)
            throws IOException, BundleException, InterruptedException {
        return start(bundlesDir, systemDir, interactive, log, Map.of());
    }

    /**
     * As {@link #start(Path, Path, boolean, PrintStream)}, with extra framework properties (they win over the
     * defaults), e.g. {@code org.osgi.framework.system.packages.extra} for an embedding host.
     */
    public static OctoseqRuntime start(Path bundlesDir, Path systemDir, boolean interactive, PrintStream log,
                                       Map<String, String> frameworkProperties)
            throws IOException, BundleException, InterruptedException {
        return start(bundlesDir, systemDir, interactive, log, frameworkProperties, List.of());
    }

    /**
     * As {@link #start(Path, Path, boolean, PrintStream, Map)}, also installing and starting the bundles of
     * {@code extraDirs} (not watched: for example the web editor and its HTTP server for {@code run}). SPI Fly
     * starts first among them, as slf4j needs its service loader mediator.
     */
    public static OctoseqRuntime start(Path bundlesDir, Path systemDir, boolean interactive, PrintStream log,
                                       Map<String, String> frameworkProperties, List<Path> extraDirs)
            throws IOException, BundleException, InterruptedException {
        if (!Files.isDirectory(bundlesDir)) {
            throw new IOException("bundle folder " + bundlesDir + " does not exist (build first: mvn -DskipTests package)");
        }
        Path storage = Files.createTempDirectory("octoseq-felix-");
        Map<String, String> config = new HashMap<>();
        config.put("felix.fileinstall.dir", bundlesDir.toAbsolutePath().toString());
        config.put("felix.fileinstall.poll", "250");
        // the first scan must run on FileInstall's own thread: with noInitialDelay it runs inside the bundle's
        // start() and deadlocks waiting for a package refresh that needs that start() to finish
        config.put("felix.fileinstall.noInitialDelay", "false");
        config.put("felix.fileinstall.bundles.new.start", "true");
        config.put("felix.fileinstall.bundles.startTransient", "false");
        config.put("felix.fileinstall.filter", ".*\\.jar");
        config.put("felix.fileinstall.log.level", "2");
        config.put("felix.fileinstall.tmpdir", storage.resolve("fileinstall").toString());
        config.put("gosh.args", interactive ? "" : "--nointeractive");
        config.put("gosh.home", storage.toString());
        config.putAll(frameworkProperties);
        Framework fw = initFramework(storage, config);
        OctoseqRuntime runtime = new OctoseqRuntime(fw, storage, bundlesDir, log);
        try {
            List<Bundle> system = new ArrayList<>();
            for (Path jar : jars(systemDir)) {
                system.add(fw.getBundleContext().installBundle(jar.toUri().toString()));
            }
            fw.start();
            for (Bundle b : system) {
                b.start();
            }
            runtime.awaitDeployed(START_TIMEOUT);
            runtime.installExtra(extraDirs);
            return runtime;
        } catch (IOException | BundleException | InterruptedException | RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /**
     * The manifest header with which a bundle declares commands that need nothing but the bundle itself, what it
     * imports and Declarative Services, e.g. {@code Octoseq-Standalone-Commands: analyze, import}.
     */
    static final String STANDALONE_COMMANDS = "Octoseq-Standalone-Commands";

    /** The symbolic name of Declarative Services, the one bundle a standalone command needs besides its own. */
    static final String SCR = "org.apache.felix.scr";

    /**
     * The symbolic name of the deployed bundle that declares {@code command} standalone ({@link #STANDALONE_COMMANDS}),
     * or {@code null} when none does.
     */
    static String standaloneProvider(Path bundlesDir, String command) throws IOException {
        if (!Files.isDirectory(bundlesDir)) {
            return null;
        }
        for (Path jar : jars(bundlesDir)) {
            Attributes main = mainAttributes(jar);
            String declared = main == null ? null : main.getValue(STANDALONE_COMMANDS);
            if (declared != null && Stream.of(declared.split(",")).map(String::trim).anyMatch(command::equals)) {
                return symbolicName(main);
            }
        }
        return null;
    }

    /**
     * Starts a framework for one standalone command of {@code provider} (see {@link #STANDALONE_COMMANDS}): every jar
     * of {@code bundlesDir} is installed in place (nothing is copied, and nothing watches the folder), but only
     * Declarative Services and {@code provider} are started; the others are resolved only as far as
     * {@code provider} imports from them. A one-shot command such as {@code analyze} so does not pay for starting
     * the script engine, Processing and the shell.
     *
     * @throws IllegalStateException when {@code provider} or Declarative Services is not deployed or does not start
     */
    public static OctoseqRuntime startStandalone(Path bundlesDir, String provider, PrintStream log)
            throws IOException, BundleException {
        Path storage = Files.createTempDirectory("octoseq-felix-");
        Framework fw = initFramework(storage, Map.of());
        OctoseqRuntime runtime = new OctoseqRuntime(fw, storage, bundlesDir, log);
        try {
            for (Path jar : jars(bundlesDir)) {
                try {
                    fw.getBundleContext().installBundle("reference:" + jar.toAbsolutePath().toUri());
                } catch (BundleException e) {
                    // a broken or duplicate jar the command may not even need: if it does, starting says so
                    log.println("octoseq: skipping " + jar.getFileName() + ": " + e.getMessage());
                }
            }
            fw.start();
            for (String bsn : List.of(SCR, provider)) {
                Bundle b = runtime.bundle(bsn);
                if (b == null) {
                    throw new IllegalStateException(bsn + " is not deployed in " + bundlesDir);
                }
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    throw new IllegalStateException(bsn + " does not start: " + e.getMessage(), e);
                }
            }
            return runtime;
        } catch (IOException | BundleException | RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /**
     * A framework with its bundle cache in {@code storage} (emptied first), initialised; {@code config} wins over
     * those two defaults.
     */
    private static Framework initFramework(Path storage, Map<String, String> config) throws BundleException {
        Map<String, String> all = new HashMap<>();
        all.put(Constants.FRAMEWORK_STORAGE, storage.resolve("cache").toString());
        all.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        all.putAll(config);
        Framework fw = java.util.ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"))
                .newFramework(all);
        fw.init();
        return fw;
    }

    /** The {@code .jar} files of {@code dir}, in name order. */
    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The main attributes of the jar's manifest, or {@code null} when it has none. */
    private static Attributes mainAttributes(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            return jf.getManifest() == null ? null : jf.getManifest().getMainAttributes();
        }
    }

    /** The {@code Bundle-SymbolicName} without its directives, or {@code null}. */
    private static String symbolicName(Attributes main) {
        String bsn = main == null ? null : main.getValue(Constants.BUNDLE_SYMBOLICNAME);
        return bsn == null ? null : bsn.split(";")[0].trim();
    }

    private void installExtra(List<Path> dirs) throws IOException, BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IOException("bundle folder " + dir + " does not exist (build first: mvn -DskipTests package)");
            }
            for (Path jar : jars(dir)) {
                installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
            }
        }
        installed.sort(Comparator.comparingInt(OctoseqRuntime::startRank));
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                } catch (BundleException e) {
                    throw new BundleException(b.getSymbolicName() + " (from " + b.getLocation() + ") does not start: "
                            + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Start order of the extra bundles: SPI Fly (the service loader mediator) first, then slf4j's provider, so
     * that slf4j finds it when Jetty first logs; everything else after.
     */
    private static int startRank(Bundle b) {
        String bsn = String.valueOf(b.getSymbolicName());
        return bsn.contains("spifly") ? 0 : bsn.equals("slf4j.simple") ? 1 : 2;
    }

    /**
     * Waits (at most {@code timeout}) until Declarative Services has built the components of every active bundle
     * that declares some, so that every command service those bundles will register is there. SCR processes a
     * started bundle asynchronously: a one-shot {@code ./octoseq shell help} right after start-up otherwise
     * misses the commands of a bundle still being processed. Talks to {@code ServiceComponentRuntime}
     * reflectively (its types live inside the framework); returns quietly when SCR is absent.
     */
    public void awaitComponents(Duration timeout) throws InterruptedException {
        Object scr = awaitService("(objectClass=org.osgi.service.component.runtime.ServiceComponentRuntime)", timeout);
        if (scr == null) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            Method descriptions = scr.getClass().getMethod("getComponentDescriptionDTOs", Bundle[].class);
            Method configurations = null;
            for (Method m : scr.getClass().getMethods()) {
                if (m.getName().equals("getComponentConfigurationDTOs")) {
                    configurations = m;
                }
            }
            while (!componentsBuilt(scr, descriptions, configurations) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (ReflectiveOperationException e) {
            log.println("octoseq: cannot ask Declarative Services for its components (" + e + "); not waiting");
        }
    }

    private boolean componentsBuilt(Object scr, Method descriptions, Method configurations)
            throws ReflectiveOperationException {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (b.getState() != Bundle.ACTIVE || b.getHeaders().get("Service-Component") == null) {
                continue;
            }
            java.util.Collection<?> ds = (java.util.Collection<?>) descriptions.invoke(scr, (Object) new Bundle[] {b});
            if (ds.isEmpty()) {
                return false;
            }
            for (Object d : ds) {
                boolean enabled = (Boolean) d.getClass().getField("defaultEnabled").get(d);
                boolean needsConfig = "require".equals(d.getClass().getField("configurationPolicy").get(d));
                if (enabled && !needsConfig && ((java.util.Collection<?>) configurations.invoke(scr, d)).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Waits until every jar in the deploy folder is an active bundle; names the first that is not. */
    private void awaitDeployed(Duration timeout) throws IOException, InterruptedException {
        Set<String> expected = symbolicNames(bundlesDir);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> missing = new ArrayList<>();
            for (String bsn : expected) {
                Bundle b = bundle(bsn);
                boolean fragment = b != null && b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                if (b == null || (fragment ? b.getState() != Bundle.RESOLVED : b.getState() != Bundle.ACTIVE)) {
                    missing.add(bsn);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bundles not active after " + timeout.toSeconds() + " s: "
                        + explain(missing));
            }
            Thread.sleep(20);
        }
    }

    /** Why each bundle is not active: not installed, or the resolver's message. */
    private String explain(List<String> bsns) {
        List<String> out = new ArrayList<>();
        for (String bsn : bsns) {
            Bundle b = bundle(bsn);
            if (b == null) {
                out.add(bsn + " (not installed)");
                continue;
            }
            try {
                b.start();
                out.add(bsn + " (state " + b.getState() + ")");
            } catch (BundleException e) {
                out.add(bsn + " (" + e.getMessage() + ")");
            }
        }
        return String.join("; ", out);
    }

    static Set<String> symbolicNames(Path dir) throws IOException {
        Set<String> names = new java.util.TreeSet<>();
        for (Path jar : jars(dir)) {
            String bsn = symbolicName(mainAttributes(jar));
            if (bsn == null) {
                throw new IOException(jar + " is not an OSGi bundle (no Bundle-SymbolicName)");
            }
            names.add(bsn);
        }
        return names;
    }

    /** The installed bundle with this symbolic name, or {@code null}. */
    public Bundle bundle(String symbolicName) {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /** Every installed bundle, the framework first. */
    public List<Bundle> bundles() {
        return Stream.of(framework.getBundleContext().getBundles()).sorted(Comparator.comparingLong(Bundle::getBundleId)).toList();
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * Runs a subcommand in the framework.
     *
     * @return the command's exit code; 127 when no bundle provides it
     */
    public int command(String name, String... args) throws InterruptedException {
        Object service = awaitService("(&(osgi.command.scope=octoseq)(osgi.command.function=" + name + "))",
                Duration.ofSeconds(10));
        if (service == null) {
            log.println("octoseq: '" + name + "' is not available: no deployed bundle provides it");
            return 127;
        }
        try {
            Method m = commandMethod(service, name);
            Object result = m.invoke(service, (Object) args);
            return result instanceof Integer code ? code : 0;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            log.println("octoseq " + name + ": internal error: " + cause);
            return 2;
        } catch (ReflectiveOperationException e) {
            log.println("octoseq " + name + ": the command service has no method " + name + "(String...): " + e);
            return 2;
        }
    }

    /** {@code NAME(String...)}, or {@code _NAME(String...)} for a name that is a Java keyword (as Gogo calls it). */
    private static Method commandMethod(Object service, String name) throws NoSuchMethodException {
        try {
            return service.getClass().getMethod(name, String[].class);
        } catch (NoSuchMethodException e) {
            return service.getClass().getMethod("_" + name, String[].class);
        }
    }

    /**
     * The first service matching an LDAP filter, waiting up to {@code timeout}; {@code null} if none came. The
     * service stays in use until the runtime closes: a delayed DS component released here would be deactivated
     * (and its state, such as a worker pool, thrown away) while the caller still uses it.
     */
    public Object awaitService(String filter, Duration timeout) throws InterruptedException {
        Filter f;
        try {
            f = framework.getBundleContext().createFilter(filter);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(framework.getBundleContext(), f, null);
        tracker.open(true);
        Object service = tracker.waitForService(timeout.toMillis());
        if (service == null) {
            tracker.close();
        } else {
            trackers.add(tracker);
        }
        return service;
    }

    /** Service references matching a filter right now. */
    public List<ServiceReference<?>> services(String filter) throws InvalidSyntaxException {
        ServiceReference<?>[] refs = framework.getBundleContext().getServiceReferences((String) null, filter);
        return refs == null ? List.of() : List.of(refs);
    }

    /** Blocks until something (e.g. the Gogo {@code stop 0} command) stops the framework. */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** Stops the framework (bundles stop, services go away) and deletes its cache. */
    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
        try {
            framework.stop();
            framework.waitForStop(Duration.ofSeconds(15).toMillis());
        } catch (BundleException e) {
            log.println("octoseq: framework did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(storage);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a left-over temp folder is harmless
        }
    }
}
