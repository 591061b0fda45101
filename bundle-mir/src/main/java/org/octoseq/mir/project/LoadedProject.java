package org.octoseq.mir.project;

import java.time.Duration;
import java.util.ArrayList;
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
import org.octoseq.mir.decode.AudioDecoder;
import org.octoseq.mir.decode.DecodedAudio;
import org.octoseq.mir.feature.SourceAnalyzer;

/**
 * An open show: each source is decoded and analysed as a task of its own, and published as soon as it is
 * done. A source that fails becomes an error diagnostic (and a line on the console); the others carry on.
 */
final class LoadedProject implements OpenProject {

    private final ProjectDescriptor descriptor;
    private final List<SourceSpec> sources;
    private final SourcePublisher publisher;
    private final AudioDecoder decoder;
    private final SourceAnalyzer analyzer;
    private final Consumer<String> console;
    private final Consumer<? super LoadedProject> onClose;
    private final List<Diagnostic> diagnostics = new CopyOnWriteArrayList<>();
    private final CountDownLatch pending;
    /** Guarded by {@code this}. */
    private final List<Runnable> withdrawals = new ArrayList<>();
    /** Guarded by {@code this}. */
    private boolean closed;

    LoadedProject(ProjectDescriptor descriptor, List<SourceSpec> sources, List<Diagnostic> warnings,
            SourcePublisher publisher, AudioDecoder decoder, SourceAnalyzer analyzer, Consumer<String> console,
            Consumer<? super LoadedProject> onClose) {
        this.descriptor = descriptor;
        this.sources = List.copyOf(sources);
        this.publisher = publisher;
        this.decoder = decoder;
        this.analyzer = analyzer;
        this.console = console;
        this.onClose = onClose;
        this.diagnostics.addAll(warnings);
        this.pending = new CountDownLatch(this.sources.size());
    }

    /** Queues the analysis of every source on {@code pool}. */
    void start(Executor pool) {
        for (SourceSpec source : sources) {
            try {
                pool.execute(() -> analyse(source));
            } catch (RejectedExecutionException e) {
                fail(source, "the analysis pool has shut down");
                pending.countDown();
            }
        }
    }

    private void analyse(SourceSpec source) {
        try {
            DecodedAudio audio = decoder.decode(source.file());
            publish(source, new AnalysedSource(audio.durationSec(), analyzer.signals(audio), Map.of()));
        } catch (AudioDecodeException e) {
            fail(source, "cannot decode " + source.display() + ": " + e.reason());
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(source, "analysis of " + source.display() + " failed: " + e);
        } finally {
            pending.countDown();
        }
    }

    private synchronized void publish(SourceSpec source, AnalysedSource analysis) {
        if (!closed) {
            withdrawals.add(publisher.publish(source, analysis));
        }
    }

    private void fail(SourceSpec source, String message) {
        diagnostics.add(Diagnostic.of(Kind.HOST_ERROR, Phase.ANALYSIS, message));
        console.accept("octoseq: " + message);
    }

    /** The sources of this show, mix first. */
    List<SourceSpec> sources() {
        return sources;
    }

    @Override
    public ProjectDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return pending.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    @Override
    public void close() {
        List<Runnable> toWithdraw;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toWithdraw = List.copyOf(withdrawals);
            withdrawals.clear();
        }
        toWithdraw.forEach(Runnable::run);
        onClose.accept(this);
    }
}
