package org.octoseq.mir.project;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ProjectDescriptor;
import org.octoseq.mir.decode.AudioDecodeException;

/**
 * An open show, kept in step with its folder. Each source is analysed (with its bands) as a task of its own
 * on the worker pool and published as soon as it is done; a source that fails becomes an error diagnostic
 * (and a line on the console) and the others carry on.
 *
 * <p>{@link #reload()} (called by the {@link ProjectWatcher} on its thread) re-reads {@code project.json} and
 * the {@code stems/} folder and changes only what differs: a removed or changed source or band is withdrawn,
 * a new or changed one analysed and published; a source whose file changed (size or modification time) is
 * analysed again. An invalid {@code project.json} is reported (naming the field and line) and the last valid
 * one stays in force. Results of an analysis overtaken by a later change are dropped.
 */
final class LoadedProject implements OpenProject {

    /** A source as published (or being analysed); identity marks one version of it. */
    private static final class SourceState {
        final SourceSpec spec;
        final FileStamp stamp;
        Runnable withdraw;

        SourceState(SourceSpec spec) {
            this.spec = spec;
            this.stamp = FileStamp.of(spec.file());
        }
    }

    /** A band as published (or being analysed); identity marks one version of it. */
    private static final class BandState {
        final BandSpec spec;
        Runnable withdraw;

        BandState(BandSpec spec) {
            this.spec = spec;
        }
    }

    private record Job(SourceState source, boolean withSource, List<BandState> bands) { }

    private final ProjectFiles files;
    private final SourcePublisher publisher;
    private final BandPublisher bandPublisher;
    private final SourceJob analysis;
    private final Executor pool;
    private final Consumer<String> console;
    private final Consumer<? super LoadedProject> onClose;
    private final List<ShowPart> parts;
    private final List<Diagnostic> diagnostics = new CopyOnWriteArrayList<>();
    private volatile ProjectDescriptor descriptor;
    private volatile CountDownLatch ready = new CountDownLatch(0);
    private ProjectWatcher watcher;
    /** Guarded by {@code this}. */
    private final Map<String, SourceState> sources = new LinkedHashMap<>();
    /** Guarded by {@code this}. */
    private final Map<String, BandState> bands = new LinkedHashMap<>();
    /** Guarded by {@code this}. */
    private ProjectFile lastGood;
    /** Guarded by {@code this}. */
    private boolean closed;

    /** @param parts makes the show's {@link ShowPart}s, which publish through {@code services} */
    LoadedProject(ProjectFiles files, SourcePublisher publisher, BandPublisher bandPublisher, SourceJob analysis,
            Executor pool, Consumer<String> console, Consumer<? super LoadedProject> onClose,
            List<ShowPart.Factory> parts, ServicePublisher services) {
        this.files = files;
        this.publisher = publisher;
        this.bandPublisher = bandPublisher;
        this.analysis = analysis;
        this.pool = pool;
        this.console = console;
        this.onClose = onClose;
        ShowPart.Context context = new ShowPart.Context(services, this::report, console);
        this.parts = parts.stream().map(f -> f.create(context)).toList();
    }

    /** Applies the first plan (queuing every analysis) and starts watching the folder. */
    void start(ShowPlan plan, boolean watch) {
        List<Job> jobs = apply(plan);
        List<Runnable> work = applyParts(plan);
        ready = new CountDownLatch(jobs.size() + work.size());
        schedule(jobs, ready);
        runParts(work, ready);
        if (watch) {
            try {
                ProjectWatcher w = new ProjectWatcher(files.root(), this::reload, console);
                synchronized (this) {
                    if (closed) {
                        w.close();
                        return;
                    }
                    watcher = w;
                }
                w.start();
            } catch (IOException e) {
                report(Diagnostic.of(Kind.WARNING, Phase.PROJECT, "changes to " + files.root()
                        + " will not be picked up: cannot watch it (" + e.getMessage() + ")"));
            }
        }
    }

    /** Re-reads the folder and applies the differences; never throws. */
    void reload() {
        ProjectFile project;
        List<Diagnostic> warnings;
        try {
            ProjectFileReader.Result read = files.read();
            project = read.project();
            warnings = read.warnings();
        } catch (IOException e) {
            rejected(e.getMessage());
            synchronized (this) {
                project = lastGood;
            }
            warnings = List.of();
        }
        try {
            ShowPlan plan = ShowPlan.of(files.root(), project, warnings);
            schedule(apply(plan), null);
            runParts(applyParts(plan), null);
        } catch (IOException e) {
            report(Diagnostic.of(Kind.HOST_ERROR, Phase.PROJECT, "cannot list the show's audio: " + e.getMessage()));
        }
    }

    private void rejected(String message) {
        report(FileProblem.of(message).diagnostic("project.json not applied, the last valid version stays in force: "));
        console.accept("octoseq: " + message + " (the last valid project.json stays in force)");
    }

    /** Brings the published state towards {@code plan}: withdraws what went, returns the analyses to run. */
    private List<Job> apply(ShowPlan plan) {
        List<Runnable> withdrawals = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return jobs;
            }
            lastGood = plan.project();
            descriptor = files.describe(plan.project(), plan.sources().get(0));
            Map<String, SourceSpec> want = new LinkedHashMap<>();
            plan.sources().forEach(s -> want.put(s.id(), s));
            for (Iterator<SourceState> it = sources.values().iterator(); it.hasNext();) {
                SourceState s = it.next();
                SourceSpec w = want.get(s.spec.id());
                if (w == null || !w.equals(s.spec) || !FileStamp.of(w.file()).equals(s.stamp)) {
                    it.remove();
                    add(withdrawals, s.withdraw);
                    bands.values().removeIf(b -> b.spec.source().equals(s.spec.id()) && add(withdrawals, b.withdraw));
                }
            }
            Map<String, BandSpec> wantBands = new LinkedHashMap<>();
            plan.bands().forEach(b -> wantBands.put(b.id(), b));
            bands.values().removeIf(b -> !b.spec.equals(wantBands.get(b.spec.id())) && add(withdrawals, b.withdraw));
            Map<String, List<BandState>> newBands = new LinkedHashMap<>();
            for (BandSpec b : plan.bands()) {
                if (!bands.containsKey(b.id())) {
                    BandState state = new BandState(b);
                    bands.put(b.id(), state);
                    newBands.computeIfAbsent(b.source(), k -> new ArrayList<>()).add(state);
                }
            }
            for (SourceSpec s : plan.sources()) {
                if (!sources.containsKey(s.id())) {
                    SourceState state = new SourceState(s);
                    sources.put(s.id(), state);
                    jobs.add(new Job(state, true, newBands.getOrDefault(s.id(), List.of())));
                    newBands.remove(s.id());
                }
            }
            newBands.forEach((source, list) -> jobs.add(new Job(sources.get(source), false, list)));
        }
        plan.warnings().forEach(this::report);
        withdrawals.forEach(Runnable::run);
        return jobs;
    }

    /** Adds {@code r} when there is one; always true (for use inside {@code removeIf}). */
    private static boolean add(List<Runnable> list, Runnable r) {
        if (r != null) {
            list.add(r);
        }
        return true;
    }

    /** Tells every part about the plan just applied; returns their work. */
    private List<Runnable> applyParts(ShowPlan plan) {
        synchronized (this) {
            if (closed) {
                return List.of();
            }
        }
        ShowPart.Show show = new ShowPart.Show(files.root(), plan.project(), plan.sources());
        List<Runnable> work = new ArrayList<>();
        for (ShowPart part : parts) {
            try {
                work.addAll(part.apply(show));
            } catch (RuntimeException e) {
                report(Diagnostic.of(Kind.HOST_ERROR, Phase.PROJECT, "applying " + part + " failed: " + e));
            }
        }
        return work;
    }

    private void runParts(List<Runnable> work, CountDownLatch done) {
        for (Runnable r : work) {
            Runnable counted = () -> {
                try {
                    r.run();
                } catch (RuntimeException | OutOfMemoryError e) {
                    report(Diagnostic.of(Kind.HOST_ERROR, Phase.ANALYSIS, "analysis failed: " + e));
                    console.accept("octoseq: analysis failed: " + e);
                } finally {
                    if (done != null) {
                        done.countDown();
                    }
                }
            };
            try {
                pool.execute(counted);
            } catch (RejectedExecutionException e) {
                if (done != null) {
                    done.countDown();
                }
            }
        }
    }

    private void schedule(List<Job> jobs, CountDownLatch done) {
        for (Job job : jobs) {
            try {
                pool.execute(() -> run(job, done));
            } catch (RejectedExecutionException e) {
                fail(job.source.spec, "the analysis pool has shut down");
                if (done != null) {
                    done.countDown();
                }
            }
        }
    }

    private void run(Job job, CountDownLatch done) {
        SourceSpec spec = job.source.spec;
        try {
            List<BandSpec> wanted = job.bands.stream().map(b -> b.spec).toList();
            publish(job, analysis.run(spec, job.withSource, wanted));
        } catch (AudioDecodeException e) {
            fail(spec, "cannot decode " + spec.display() + ": " + e.reason());
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(spec, "analysis of " + spec.display() + " failed: " + e);
        } finally {
            if (done != null) {
                done.countDown();
            }
        }
    }

    private synchronized void publish(Job job, SourceJob.Result result) {
        if (closed || sources.get(job.source.spec.id()) != job.source) {
            return; // overtaken by a later change
        }
        if (result.source() != null) {
            job.source.withdraw = publisher.publish(job.source.spec, result.source());
        }
        for (BandState b : job.bands) {
            if (bands.get(b.spec.id()) == b && result.bands().containsKey(b.spec.id())) {
                b.withdraw = bandPublisher.publish(b.spec, result.bands().get(b.spec.id()));
            }
        }
    }

    private void fail(SourceSpec source, String message) {
        report(Diagnostic.of(Kind.HOST_ERROR, Phase.ANALYSIS, message));
        console.accept("octoseq: " + message);
    }

    /** Adds {@code d} unless the same diagnostic is already listed. */
    private synchronized void report(Diagnostic d) {
        if (!diagnostics.contains(d)) {
            diagnostics.add(d);
        }
    }

    /** The sources of this show as last planned, mix first. */
    synchronized List<SourceSpec> sources() {
        return sources.values().stream().map(s -> s.spec).toList();
    }

    @Override
    public ProjectDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    @Override
    public void close() {
        List<Runnable> toWithdraw = new ArrayList<>();
        ProjectWatcher w;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            w = watcher;
            bands.values().forEach(b -> add(toWithdraw, b.withdraw));
            sources.values().forEach(s -> add(toWithdraw, s.withdraw));
            bands.clear();
            sources.clear();
        }
        if (w != null) {
            w.close();
        }
        parts.forEach(ShowPart::close);
        toWithdraw.forEach(Runnable::run);
        onClose.accept(this);
    }
}
