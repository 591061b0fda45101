package org.octoseq.processing.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reading rendered PNGs back in tests. */
final class Pixels {

    private Pixels() {
    }

    static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not a PNG: " + file);
        }
        return image;
    }

    /** Pixels of {@code image} whose red, green and blue are all above 200. */
    static int whiteCount(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isWhite(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    static boolean isWhite(int rgb) {
        return red(rgb) > 200 && green(rgb) > 200 && blue(rgb) > 200;
    }

    static boolean isRed(int rgb) {
        return red(rgb) > 150 && green(rgb) < 60 && blue(rgb) < 60;
    }

    static boolean isBlack(int rgb) {
        return red(rgb) < 20 && green(rgb) < 20 && blue(rgb) < 20;
    }

    /** How many pixels of row {@code y} are banner red. */
    static int redInRow(BufferedImage image, int y) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            if (isRed(image.getRGB(x, y))) {
                count++;
            }
        }
        return count;
    }

    static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    static int blue(int rgb) {
        return rgb & 0xff;
    }
}
