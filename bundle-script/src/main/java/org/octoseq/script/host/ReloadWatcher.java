package org.octoseq.script.host;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches a script file and reloads it, on one daemon thread per session: a save (written in place, or
 * written beside and renamed, as many editors do) or a {@linkplain #requestReload() request} runs the reload
 * action on this thread, never on the frame thread. Events that arrive within {@value #SETTLE_MS} ms of each
 * other are one save.
 */
final class ReloadWatcher implements AutoCloseable {

    static final long SETTLE_MS = 15;
    private static final long IDLE_POLL_MS = 100;

    private final Path file;
    private final Runnable reload;
    private final WatchService watch;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final Thread thread;
    private volatile boolean closed;

    ReloadWatcher(Path file, Runnable reload) throws IOException {
        this.file = file;
        this.reload = reload;
        this.watch = FileSystems.getDefault().newWatchService();
        file.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        thread = new Thread(this::loop, "octoseq-script-reload " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Reloads soon, whether or not the file changed. */
    void requestReload() {
        requested.set(true);
    }

    private void loop() {
        try {
            while (!closed) {
                WatchKey key = watch.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
                boolean changed = key != null && concernsFile(key);
                while (changed && (key = watch.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                    concernsFile(key); // drain the rest of this save
                }
                if ((changed | requested.getAndSet(false)) && !closed) {
                    reload.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private boolean concernsFile(WatchKey key) {
        boolean hit = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            hit |= e.context() instanceof Path p && p.equals(file.getFileName());
            hit |= e.kind() == StandardWatchEventKinds.OVERFLOW;
        }
        key.reset();
        return hit;
    }

    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
