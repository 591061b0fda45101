package org.octoseq.mir.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.BandAnalysis;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The {@link ProjectLoader} service: opens shows and registers one {@link AudioSourceAnalysis} service per
 * analysed source and one {@link BandAnalysis} per band, following changes to the show folder. Owns the analysis pool; deactivation closes every show it opened.
 */
@Component(service = ProjectLoader.class)
public final class ProjectLoaderComponent implements ProjectLoader {

    private final BundleContext context;
    private final ExecutorService pool;
    private final ProjectOpener opener;
    private final Set<LoadedProject> open = ConcurrentHashMap.newKeySet();

    @Activate
    public ProjectLoaderComponent(BundleContext context) {
        this.context = context;
        this.pool = Executors.newFixedThreadPool(analysisThreads(), new AnalysisThreads());
        this.opener = new ProjectOpener(TrackAnalyzer.standard(), pool, System.err::println);
    }

    /**
     * Threads of the analysis pool: half the cores (at least one, at most four), so a show's frame thread
     * always has a core while stems are analysed. Each source is one task, analysed on one thread.
     */
    public static int analysisThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
    }

    @Deactivate
    void deactivate() {
        Set.copyOf(open).forEach(LoadedProject::close);
        pool.shutdownNow();
    }

    @Override
    public OpenProject open(Path folder) throws IOException {
        LoadedProject project = opener.open(folder, this::register, this::registerBand, open::remove);
        open.add(project);
        return project;
    }

    private Runnable register(SourceSpec source, AudioSourceAnalysis analysis) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(AudioSourceAnalysis.PROP_ID, source.id());
        props.put(AudioSourceAnalysis.PROP_LABEL, source.label());
        props.put(AudioSourceAnalysis.PROP_KIND, source.kind());
        return withdrawal(context.registerService(AudioSourceAnalysis.class, analysis, props));
    }

    private Runnable registerBand(BandSpec band, BandAnalysis analysis) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(BandAnalysis.PROP_ID, band.id());
        props.put(BandAnalysis.PROP_LABEL, band.label());
        props.put(BandAnalysis.PROP_SOURCE, band.source());
        return withdrawal(context.registerService(BandAnalysis.class, analysis, props));
    }

    private static Runnable withdrawal(ServiceRegistration<?> reg) {
        return () -> {
            try {
                reg.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first: the framework has unregistered it already
            }
        };
    }

    /** Daemon threads named {@code octoseq-analysis-<n>}. */
    private static final class AnalysisThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "octoseq-analysis-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
