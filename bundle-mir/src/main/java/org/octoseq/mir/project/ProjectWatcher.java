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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a show's {@code project.json} and its {@code stems/} and {@code events/} folders on one daemon thread
 * of its own and calls {@code onChange} (on that thread) once things have been quiet for {@value #QUIET_MS} ms
 * after a change, so a file being written or a burst of saves gives one reload. A folder is picked up when it is
 * created later.
 */
final class ProjectWatcher implements AutoCloseable {

    static final long QUIET_MS = 300;

    /** The folders of the show whose every change counts. */
    static final List<String> FOLDERS = List.of("stems", "events");

    private final Path root;
    private final Runnable onChange;
    private final Consumer<String> console;
    private final WatchService watch;
    private final Thread thread;
    private final Set<Path> watched = ConcurrentHashMap.newKeySet();

    ProjectWatcher(Path root, Runnable onChange, Consumer<String> console) throws IOException {
        this.root = root;
        this.onChange = onChange;
        this.console = console;
        this.watch = root.getFileSystem().newWatchService();
        root.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        watchFolders();
        this.thread = new Thread(this::loop, "octoseq-watch-" + root.getFileName());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void watchFolders() {
        for (String name : FOLDERS) {
            Path folder = root.resolve(name);
            if (!watched.contains(folder) && Files.isDirectory(folder)) {
                try {
                    folder.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                    watched.add(folder);
                } catch (IOException e) {
                    console.accept("octoseq: cannot watch " + folder + " (" + e.getMessage() + ")");
                }
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
        boolean inFolder = watched.contains(key.watchable());
        for (WatchEvent<?> e : key.pollEvents()) {
            Object name = e.context();
            if (inFolder || e.kind() == java.nio.file.StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
            } else if (name instanceof Path p && (p.toString().equals("project.json") || FOLDERS.contains(p.toString()))) {
                relevant = true;
            }
        }
        if (!key.reset() && inFolder) {
            watched.remove(key.watchable()); // the folder was deleted
        }
        watchFolders();
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
