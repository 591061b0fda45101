package org.octoseq.mir.project;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a show's {@code project.json} and {@code stems/} folder on one daemon thread of its own and calls
 * {@code onChange} (on that thread) once things have been quiet for {@value #QUIET_MS} ms after a change, so
 * a file being written or a burst of saves gives one reload. The {@code stems/} folder is picked up when it
 * is created later.
 */
final class ProjectWatcher implements AutoCloseable {

    static final long QUIET_MS = 300;

    private final Path root;
    private final Path stems;
    private final Runnable onChange;
    private final Consumer<String> console;
    private final WatchService watch;
    private final Thread thread;
    private volatile boolean stemsWatched;

    ProjectWatcher(Path root, Runnable onChange, Consumer<String> console) throws IOException {
        this.root = root;
        this.stems = root.resolve("stems");
        this.onChange = onChange;
        this.console = console;
        this.watch = root.getFileSystem().newWatchService();
        root.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        watchStems();
        this.thread = new Thread(this::loop, "octoseq-watch-" + root.getFileName());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void watchStems() {
        if (!stemsWatched && Files.isDirectory(stems)) {
            try {
                stems.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                stemsWatched = true;
            } catch (IOException e) {
                console.accept("octoseq: cannot watch " + stems + " (" + e.getMessage() + ")");
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                boolean changed = drain(watch.take());
                WatchKey more;
                while ((more = watch.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        console.accept("octoseq: reloading " + root + " failed: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stop) {
            // closed
        }
    }

    /** Whether the key's events concern the show; re-arms the key. */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        boolean inStems = stems.equals(key.watchable());
        for (WatchEvent<?> e : key.pollEvents()) {
            Object name = e.context();
            if (inStems || e.kind() == java.nio.file.StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
            } else if (name instanceof Path p && (p.toString().equals("project.json") || p.toString().equals("stems"))) {
                relevant = true;
            }
        }
        if (!key.reset() && inStems) {
            stemsWatched = false; // the folder was deleted
        }
        watchStems();
        return relevant;
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
        thread.interrupt();
    }
}
