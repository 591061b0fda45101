package org.octoseq.processing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void renderingTwiceGivesByteIdenticalPngs() throws Exception {
        List<String> first = hashes(new FrameRenderer(96, 54).render(new CircleSession(), new FrameRange(24, 0.5, 1.5),
                dir.resolve("a"), RenderProgress.silent()));
        List<String> second = hashes(new FrameRenderer(96, 54).render(new CircleSession(), new FrameRange(24, 0.5, 1.5),
                dir.resolve("b"), RenderProgress.silent()));

        assertEquals(24, first.size());
        assertEquals(first, second);
    }

    static List<String> hashes(RenderResult result) throws IOException, NoSuchAlgorithmException {
        List<String> out = new ArrayList<>();
        for (RenderedFrame frame : result.frames()) {
            out.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(frame.file()))));
        }
        return out;
    }
}
