package org.octoseq.script.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Lists the JSON files of one resource folder of this bundle, so that adding a model file needs no other edit:
 * inside OSGi through {@link Bundle#findEntries}, on a plain class path from the folder or the jar it is in.
 */
final class ModelFiles {

    /** A model file: its name (for messages) and where to read it. */
    record File(String name, URL url) {
        InputStream open() throws IOException {
            return url.openStream();
        }
    }

    private ModelFiles() {
    }

    static List<File> list(Class<?> anchor, String folder) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        List<File> out = new ArrayList<>();
        if (bundle != null) {
            Enumeration<URL> urls = bundle.findEntries(folder, "*.json", false);
            if (urls != null) {
                for (URL u : Collections.list(urls)) {
                    out.add(new File(fileName(u.getPath()), u));
                }
            }
        } else {
            out.addAll(fromClassPath(anchor.getClassLoader(), folder));
        }
        out.sort(java.util.Comparator.comparing(File::name));
        return out;
    }

    private static List<File> fromClassPath(ClassLoader loader, String folder) {
        URL dir = loader.getResource(folder);
        if (dir == null) {
            throw new IllegalStateException("the API model folder " + folder + " is missing from the class path");
        }
        List<File> out = new ArrayList<>();
        try {
            if ("file".equals(dir.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                        out.add(new File(p.getFileName().toString(), p.toUri().toURL()));
                    }
                }
            } else if (dir.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile jf = jar.getJarFile()) {
                    String prefix = folder.endsWith("/") ? folder : folder + "/";
                    jf.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(prefix) && n.endsWith(".json") && n.indexOf('/', prefix.length()) < 0)
                            .forEach(n -> out.add(new File(fileName(n), loader.getResource(n))));
                }
            } else {
                throw new IllegalStateException("cannot list " + dir);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the API model folder " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
