package org.octoseq.processing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.octoseq.api.time.Transport;

class FrameRangeTest {

    @Test
    void countsEveryFrameBeforeTheEnd() {
        assertEquals(60, new FrameRange(30, 0, 2.0).count());
        assertEquals(61, new FrameRange(30, 0, 2.01).count());
        assertEquals(1, new FrameRange(10, 1.0, 1.05).count());
    }

    @Test
    void frameZeroStartsAtFrom() {
        FrameRange range = new FrameRange(4, 2.0, 3.0);
        assertEquals(new Transport(2.0, 0.25, 0), range.transport(0));
        assertEquals(new Transport(2.75, 0.25, 3), range.transport(3));
    }

    @Test
    void rejectsEmptyOrNonsenseRanges() {
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(30, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(30, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(Double.NaN, 0, 2));
    }
}
