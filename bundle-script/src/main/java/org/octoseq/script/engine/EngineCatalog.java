package org.octoseq.script.engine;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.script.ScriptEngineFactory;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The script engines scripts can run on: the built-in standalone Nashorn, and every JSR-223 engine other bundles
 * provide, found the way Apache Sling's script engine manager finds them — {@link ScriptEngineFactory} services,
 * and the factories a started bundle lists in {@code META-INF/services/javax.script.ScriptEngineFactory} (in
 * its own jar or a jar on its {@code Bundle-ClassPath}). Engines come and go with their bundles.
 *
 * <p>A script file runs on the engine whose file ending matches its name: an extension ({@code main.js}) or an
 * engine name before an extension ({@code main.rhino.js} asks for the engine named "rhino"). The longest match
 * wins; on a tie the built-in Nashorn first, then the higher {@code service.ranking}, then the older bundle. A
 * file without an extension runs on Nashorn.
 */
@Component(service = EngineCatalog.class)
public final class EngineCatalog {

    static final String SERVICES_FOLDER = "META-INF/services";
    static final String SERVICES_FILE = ScriptEngineFactory.class.getName();

    private static final List<String> NASHORN_SUFFIXES = ForeignEngine.suffixes(new NashornScriptEngineFactory());
    private static final Comparator<ForeignEngine> PRECEDENCE = Comparator
            .comparingInt(ForeignEngine::ranking).reversed()
            .thenComparingLong(ForeignEngine::bundleId)
            .thenComparing(ForeignEngine::origin);

    private final Map<ServiceReference<?>, ForeignEngine> services = new ConcurrentHashMap<>();
    private final Map<Long, List<ForeignEngine>> listed = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final PrintStream console;
    private volatile List<ForeignEngine> engines = List.of();
    private BundleTracker<List<ForeignEngine>> tracker;

    /** The DS component. */
    public EngineCatalog() {
        this(System.err);
    }

    private EngineCatalog(PrintStream console) {
        this.console = console;
    }

    /** A catalog with only the built-in Nashorn, outside a framework (tests, tools). */
    public static EngineCatalog builtInOnly() {
        return new EngineCatalog();
    }

    /** A catalog with these engines besides Nashorn, outside a framework (tests, tools). */
    public static EngineCatalog of(PrintStream console, ForeignEngine... engines) {
        EngineCatalog catalog = new EngineCatalog(console);
        catalog.listed.put(-1L, List.of(engines));
        catalog.changed();
        return catalog;
    }

    @Activate
    void activate(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, new ListedEngines(context.getBundle().getBundleId()));
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Reference(service = ScriptEngineFactory.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFactory(ServiceReference<ScriptEngineFactory> reference, ScriptEngineFactory factory) {
        Bundle bundle = reference.getBundle();
        int ranking = reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        services.put(reference, new ForeignEngine(factory, "ScriptEngineFactory service of bundle "
                + bundle.getSymbolicName(), ranking, bundle.getBundleId()));
        changed();
    }

    void removeFactory(ServiceReference<ScriptEngineFactory> reference) {
        services.remove(reference);
        changed();
    }

    /** Calls {@code listener} (on a framework thread) whenever an engine comes or goes, until removed. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The engines other bundles provide now, in precedence order. */
    public List<ForeignEngine> engines() {
        return engines;
    }

    /** The file endings the built-in Nashorn runs. */
    public static List<String> nashornSuffixes() {
        return NASHORN_SUFFIXES;
    }

    /** The engine that runs {@code fileName}. */
    public EngineChoice choose(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        EngineChoice best = null;
        int longest = -1;
        for (String suffix : NASHORN_SUFFIXES) {
            if (suffix.length() > longest && name.endsWith("." + suffix)) {
                best = new EngineChoice.Nashorn();
                longest = suffix.length();
            }
        }
        for (ForeignEngine engine : engines) {
            for (String suffix : engine.suffixes()) {
                if (suffix.length() > longest && name.endsWith("." + suffix)) {
                    best = new EngineChoice.Foreign(engine);
                    longest = suffix.length();
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (name.indexOf('.') < 0) {
            return new EngineChoice.Nashorn();
        }
        return new EngineChoice.None("no script engine runs '" + fileName + "'; the engines run files ending in "
                + endings());
    }

    private String endings() {
        List<String> all = new ArrayList<>();
        all.add(endingsOf(NASHORN_SUFFIXES) + " (built-in Nashorn)");
        engines.forEach(e -> all.add(endingsOf(e.suffixes()) + " (" + e.title() + ")"));
        return String.join("; ", all);
    }

    private static String endingsOf(List<String> suffixes) {
        return suffixes.stream().map(s -> "." + s).collect(Collectors.joining(", "));
    }

    private void changed() {
        List<ForeignEngine> all = new ArrayList<>(services.values());
        listed.values().forEach(all::addAll);
        all.sort(PRECEDENCE);
        List<ForeignEngine> before = engines;
        engines = List.copyOf(all);
        all.stream().filter(e -> !before.contains(e)).forEach(e -> console.println("octoseq: script engine "
                + e + " runs files ending in " + endingsOf(e.suffixes())));
        before.stream().filter(e -> !all.contains(e)).forEach(e -> console.println("octoseq: script engine "
                + e + " is gone"));
        listeners.forEach(Runnable::run);
    }

    /** Follows started bundles and loads the engine factories their META-INF/services file lists. */
    private final class ListedEngines implements BundleTrackerCustomizer<List<ForeignEngine>> {

        private final long self;

        ListedEngines(long self) {
            this.self = self;
        }

        @Override
        public List<ForeignEngine> addingBundle(Bundle bundle, BundleEvent event) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (bundle.getBundleId() == self || bundle.getBundleId() == 0 || wiring == null
                    || wiring.listResources(SERVICES_FOLDER, SERVICES_FILE, BundleWiring.LISTRESOURCES_LOCAL).isEmpty()) {
                return null;
            }
            List<ForeignEngine> found = new ArrayList<>();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(wiring.getClassLoader());
            try {
                for (ScriptEngineFactory factory : ServiceLoader.load(ScriptEngineFactory.class, wiring.getClassLoader())) {
                    found.add(new ForeignEngine(factory, "META-INF/services of bundle " + bundle.getSymbolicName(),
                            0, bundle.getBundleId()));
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                console.println("octoseq: the script engines listed by bundle " + bundle.getSymbolicName()
                        + " cannot be loaded: " + e);
            } finally {
                thread.setContextClassLoader(previous);
            }
            if (found.isEmpty()) {
                return null;
            }
            listed.put(bundle.getBundleId(), List.copyOf(found));
            changed();
            return found;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, List<ForeignEngine> engines) {
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, List<ForeignEngine> engines) {
            listed.remove(bundle.getBundleId());
            changed();
        }
    }
}
