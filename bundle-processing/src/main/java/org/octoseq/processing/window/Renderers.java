package org.octoseq.processing.window;

import java.util.Locale;
import processing.core.PConstants;

/**
 * The renderers a show window can use. JAVA2D always works; P2D and P3D need JOGL (OpenGL), which this runtime
 * does not ship: they are accepted only when JOGL's classes are visible to this bundle.
 */
public final class Renderers {

    static final String JOGL_PROBE = "com.jogamp.opengl.GLProfile";

    private Renderers() {
    }

    /**
     * The Processing renderer for a user's name ({@code JAVA2D}, {@code P2D}, {@code P3D}, any case).
     *
     * @throws IllegalArgumentException with a sentence for the user when the name is unknown or JOGL is missing
     */
    public static String resolve(String name, ClassLoader loader) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "JAVA2D" -> PConstants.JAVA2D;
            case "P2D", "P3D" -> {
                if (!joglAvailable(loader)) {
                    throw new IllegalArgumentException("renderer " + upper + " needs JOGL (OpenGL), which is not"
                            + " available in this runtime (JOGL is not on the bundle class path); use --renderer"
                            + " JAVA2D, the default");
                }
                yield upper.equals("P2D") ? PConstants.P2D : PConstants.P3D;
            }
            default -> throw new IllegalArgumentException("unknown renderer '" + name + "'; use JAVA2D, P2D or P3D");
        };
    }

    static boolean joglAvailable(ClassLoader loader) {
        try {
            Class.forName(JOGL_PROBE, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
