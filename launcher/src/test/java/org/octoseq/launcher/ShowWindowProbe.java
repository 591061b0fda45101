package org.octoseq.launcher;

import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.osgi.framework.Bundle;

/**
 * The child process of {@link ShowWindowIT}, on a real X display: starts the runtime, runs {@code octoseq run}
 * in it (the command the CLI calls) with a real window, lets it play for {@value #PLAY_MS} ms, grabs the window
 * from the screen, presses {@code q} on the keyboard, and checks that the command returned, the framework is
 * still up (no {@code System.exit}) and then stops with every bundle. Prints {@code PROBE ...} lines for the test.
 *
 * <p>Arguments: bundles folder, system folder, show folder, screenshot file, then the {@code run} options.
 */
public final class ShowWindowProbe {

    static final long PLAY_MS = 3000;
    static final String TITLE = "octoseq - ";

    private ShowWindowProbe() {
    }

    public static void main(String[] args) {
        try {
            probe(args);
        } catch (Throwable t) { // AWT's threads would keep a JVM whose main thread died alive until the test's timeout
            System.out.println("PROBE failed: " + t);
            t.printStackTrace(System.out);
            System.out.flush();
            System.exit(2);
        }
    }

    private static void probe(String[] args) throws Exception {
        Path bundles = Path.of(args[0]);
        Path system = Path.of(args[1]);
        String show = args[2];
        Path shot = Path.of(args[3]);
        String[] runArgs = new String[args.length - 3];
        runArgs[0] = show;
        System.arraycopy(args, 4, runArgs, 1, args.length - 4);

        OctoseqRuntime runtime = OctoseqRuntime.start(bundles, system, false, System.err);
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread run = new Thread(() -> {
            try {
                exitCode.set(runtime.command("run", runArgs));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "octoseq run");
        run.start();

        Frame window = awaitWindow(60_000);
        System.out.println("PROBE window " + window.getTitle());
        Thread.sleep(PLAY_MS);

        // the screen the window is on (a second X screen has its own origin and needs its own Robot)
        java.awt.GraphicsDevice device = window.getGraphicsConfiguration().getDevice();
        java.awt.GraphicsDevice[] devices = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        int index = java.util.Arrays.asList(devices).indexOf(device) + 1;
        Rectangle screenBounds = device.getDefaultConfiguration().getBounds();
        System.out.println("PROBE device " + index + " of " + devices.length);
        System.out.println("PROBE screen " + screenBounds.width + "x" + screenBounds.height);
        Robot robot = new Robot(device);
        Rectangle bounds = window.getBounds();
        BufferedImage screen = robot.createScreenCapture(bounds);
        ImageIO.write(screen, "png", shot.toFile());
        System.out.println("PROBE screenshot " + bounds.width + "x" + bounds.height);

        // a person quitting: click into the window, press q
        robot.mouseMove(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.delay(200);
        robot.keyPress(KeyEvent.VK_Q);
        robot.keyRelease(KeyEvent.VK_Q);
        run.join(15_000);
        if (run.isAlive()) {
            System.out.println("PROBE q did not close the window");
            runtime.close();
            System.exit(3);
        }
        System.out.println("PROBE run returned " + exitCode.get());

        List<Bundle> all = runtime.bundles();
        long active = all.stream().filter(b -> b.getState() == Bundle.ACTIVE).count();
        System.out.println("PROBE framework alive with " + active + " of " + all.size() + " bundles active");
        runtime.close();
        long stillActive = all.stream().filter(b -> b.getState() == Bundle.ACTIVE).count();
        System.out.println("PROBE stopped, " + stillActive + " bundles active");
        System.out.flush();
        System.exit(0); // AWT's threads would keep the JVM alive
    }

    private static Frame awaitWindow(long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            for (Window w : Window.getWindows()) {
                if (w instanceof Frame f && f.isShowing() && f.getTitle() != null && f.getTitle().startsWith(TITLE)) {
                    return f;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no window titled '" + TITLE + "...' within " + timeoutMs + " ms");
    }
}
