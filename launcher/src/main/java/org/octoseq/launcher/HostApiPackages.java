package org.octoseq.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;

/**
 * For a host that has {@code bundle-api} on its own class path (a test, a Processing sketch) and wants to use
 * the Octoseq services typed: the value of {@code org.osgi.framework.system.packages.extra} that exports the
 * API packages from the system bundle. Every bundle — {@code bundle-api} itself included, whose exports are
 * substitutable — then wires to the host's copy of the API classes, so a service obtained in the host can be
 * cast to its API interface.
 *
 * <p>When the host also has Processing core on its class path, its packages are exported too, with the
 * attribute under which {@code bundle-processing} imports them: the bundle then uses the host's Processing, so
 * the shapes and images it makes (the script's {@code assets}) can be drawn on the host's {@code PGraphics}.
 */
public final class HostApiPackages {

    private static final String PROBE = "org/octoseq/api/namespace/Namespace.class";
    private static final String PROCESSING_PROBE = "processing/core/PApplet.class";
    private static final String[] PROCESSING_PACKAGES = {"processing.core", "processing.awt", "processing.data",
            "processing.event", "processing.opengl"};
    /** The version bundle-processing embeds (and was tested with), so the host's export is preferred to it. */
    static final String PROCESSING_VERSION = "4.4.10";

    private HostApiPackages() {
    }

    /**
     * The {@code Export-Package} header of the {@code bundle-api} jar (or classes folder) visible to
     * {@code loader}.
     *
     * @throws IOException when bundle-api is not on that class path or has no OSGi manifest
     */
    public static String exportPackage(ClassLoader loader) throws IOException {
        URL probe = loader.getResource(PROBE);
        if (probe == null) {
            throw new IOException("bundle-api is not on the host class path (no " + PROBE + ")");
        }
        String base = probe.toString().substring(0, probe.toString().length() - PROBE.length());
        try (InputStream in = new URL(base + "META-INF/MANIFEST.MF").openStream()) {
            String exports = new Manifest(in).getMainAttributes().getValue("Export-Package");
            if (exports == null) {
                throw new IOException(base + " has no Export-Package header (is it the built bundle-api?)");
            }
            return loader.getResource(PROCESSING_PROBE) == null ? exports : exports + "," + processingExports();
        }
    }

    static String processingExports() {
        StringBuilder out = new StringBuilder();
        for (String pkg : PROCESSING_PACKAGES) {
            out.append(out.length() == 0 ? "" : ",").append(pkg).append(";version=").append(PROCESSING_VERSION)
                    .append(";from=octoseq-processing;mandatory:=from");
        }
        return out.toString();
    }
}
