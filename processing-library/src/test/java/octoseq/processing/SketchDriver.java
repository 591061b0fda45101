package octoseq.processing;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Runs a compiled sketch without a window, through reflection (the sketch lives in its own class loader with
 * its own Processing core, as in the PDE): its graphics is an offscreen JAVA2D canvas, and each
 * {@link #frame()} is Processing's own {@code handleDraw()} (setup on the first, then pre → draw → post).
 */
final class SketchDriver {

    private final Object sketch;
    private final Object graphics;
    private final Class<?> applet;

    SketchDriver(Class<?> sketchClass, String sketchPath, int width, int height) throws Exception {
        ClassLoader loader = sketchClass.getClassLoader();
        this.applet = loader.loadClass("processing.core.PApplet");
        this.sketch = sketchClass.getConstructor().newInstance();
        Class<?> java2d = loader.loadClass("processing.awt.PGraphicsJava2D");
        Class<?> pgraphics = loader.loadClass("processing.core.PGraphics");
        graphics = java2d.getConstructor().newInstance();
        pgraphics.getMethod("setParent", applet).invoke(graphics, sketch);
        pgraphics.getMethod("setPrimary", boolean.class).invoke(graphics, true);
        pgraphics.getMethod("setSize", int.class, int.class).invoke(graphics, width, height);
        set("g", graphics);
        set("width", width);
        set("height", height);
        set("pixelWidth", width);
        set("pixelHeight", height);
        set("sketchPath", sketchPath);
    }

    private void set(String field, Object value) throws Exception {
        Field f = applet.getDeclaredField(field);
        f.setAccessible(true);
        f.set(sketch, value);
    }

    /** One frame: {@code handleDraw()}; the first one runs {@code setup()}. */
    void frame() throws Exception {
        applet.getMethod("handleDraw").invoke(sketch);
    }

    /** The sketch object (an instance of the compiled sketch class). */
    Object sketch() {
        return sketch;
    }

    int frameCount() throws Exception {
        return applet.getField("frameCount").getInt(sketch);
    }

    /** The pixels of the last frame ({@code 0xAARRGGBB}). */
    int[] pixels() throws Exception {
        Class<?> pimage = applet.getClassLoader().loadClass("processing.core.PImage");
        pimage.getMethod("loadPixels").invoke(graphics);
        return ((int[]) pimage.getField("pixels").get(graphics)).clone();
    }

    /**
     * What Processing does when the sketch closes: the registered {@code dispose()} methods run
     * ({@code PApplet.dispose()} itself also stops the window's thread, which a sketch without one lacks).
     */
    void dispose() throws Exception {
        Method handle = applet.getDeclaredMethod("handleMethods", String.class, Object[].class);
        handle.setAccessible(true);
        handle.invoke(sketch, "dispose", new Object[0]);
    }
}
