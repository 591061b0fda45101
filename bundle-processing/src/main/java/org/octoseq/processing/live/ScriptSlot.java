package org.octoseq.processing.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ScriptSession;

/**
 * The script a live show runs, reloadable on demand ({@code r} in the window) and, when watching, whenever its
 * file is saved: the new version loads on a worker thread and replaces the running one at the next frame
 * boundary only if it loaded cleanly. A version that fails keeps the old one running; its errors are kept for
 * the error banner until a reload succeeds.
 */
public final class ScriptSlot implements AutoCloseable {

    static final long WATCH_INTERVAL_MS = 500;

    private final ScriptSession first;
    private final Supplier<ScriptSession> loader;
    private final Consumer<String> console;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "octoseq-script-reload");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<ScriptSession> pending = new AtomicReference<>();
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile List<Diagnostic> reloadErrors = List.of();
    private ScriptSession current;
    private Path watched;
    private FileTime lastModified;
    private long nextCheckNanos;

    /**
     * @param first   the session running now (its owner closes it)
     * @param loader  loads a fresh session of the same script file
     * @param console receives one line per reload ("reloaded …" or why not)
     */
    public ScriptSlot(ScriptSession first, Supplier<ScriptSession> loader, Consumer<String> console) {
        this.first = first;
        this.current = first;
        this.loader = loader;
        this.console = console;
    }

    /** Starts loading the script again in the background; ignored while a reload is already running. */
    public void reload() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> {
            try {
                ScriptSession next = loader.get();
                if (next.healthy()) {
                    closeUnlessFirst(pending.getAndSet(next));
                    reloadErrors = List.of();
                    console.accept("script reloaded");
                } else {
                    List<Diagnostic> errors = new ArrayList<>(next.diagnostics().stream().filter(Diagnostic::isError).toList());
                    next.close();
                    reloadErrors = List.copyOf(errors);
                    console.accept("script not reloaded, the running version goes on: "
                            + (errors.isEmpty() ? "it did not load" : errors.get(errors.size() - 1).toString()));
                }
            } catch (RuntimeException e) {
                reloadErrors = List.of(Diagnostic.of(Diagnostic.Kind.HOST_ERROR, Diagnostic.Phase.COMPILE, e.toString()));
                console.accept("script not reloaded: " + e);
            } finally {
                loading.set(false);
            }
        });
    }

    /**
     * Reloads whenever {@code file} changes (checked at most every {@value #WATCH_INTERVAL_MS} ms, from
     * {@link #current()}, so no extra thread). Call before the first frame.
     */
    public void watch(Path file) {
        watched = file;
        lastModified = modified(file);
    }

    /** The session for this frame; swaps in a freshly reloaded one. Frame thread only. */
    public ScriptSession current() {
        if (watched != null && System.nanoTime() - nextCheckNanos > 0) {
            nextCheckNanos = System.nanoTime() + WATCH_INTERVAL_MS * 1_000_000L;
            FileTime now = modified(watched);
            if (now != null && !now.equals(lastModified)) {
                lastModified = now;
                reload();
            }
        }
        ScriptSession next = pending.getAndSet(null);
        if (next != null) {
            closeUnlessFirst(current);
            current = next;
        }
        return current;
    }

    /** Errors of the last failed reload (empty after a successful one). */
    public List<Diagnostic> reloadErrors() {
        return reloadErrors;
    }

    /** Whether a reload is loading right now. */
    public boolean reloading() {
        return loading.get();
    }

    /** Stops reloading and closes every session this slot loaded (not the first one). */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeUnlessFirst(pending.getAndSet(null));
        closeUnlessFirst(current);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null; // being saved, or gone: look again next time
        }
    }

    private void closeUnlessFirst(ScriptSession session) {
        if (session != null && session != first) {
            session.close();
        }
    }
}
