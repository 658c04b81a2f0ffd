package dev.csp.entitlement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static final String ETAG = "\"abc\"";

    @Test
    void oneRangeIsServedAsAskedAndClippedToTheFile() {
        assertEquals(Optional.of(new ByteRange(0, 99, 1000)), ByteRange.of("bytes=0-99", null, ETAG, 1000));
        assertEquals(Optional.of(new ByteRange(900, 999, 1000)), ByteRange.of("bytes=900-", null, ETAG, 1000));
        assertEquals(Optional.of(new ByteRange(990, 999, 1000)), ByteRange.of("bytes=-10", null, ETAG, 1000));
        assertEquals(Optional.of(new ByteRange(500, 999, 1000)), ByteRange.of("bytes=500-5000", null, ETAG, 1000));
        assertEquals(Optional.of(new ByteRange(0, 999, 1000)), ByteRange.of("bytes=-5000", null, ETAG, 1000));
        assertEquals("bytes 0-99/1000", new ByteRange(0, 99, 1000).contentRange());
        assertEquals(100, new ByteRange(0, 99, 1000).length());
    }

    @Test
    void whatWeDoNotServeAsOnePartGetsTheWholeFile() {
        for (String header : new String[] {null, "", "items=0-1", "bytes=0-1,5-6", "bytes=9-1", "bytes=-", "bytes=x-1"}) {
            assertEquals(Optional.empty(), ByteRange.of(header, null, ETAG, 1000), header);
        }
        assertEquals(Optional.empty(), ByteRange.of("bytes=0-99", "\"changed\"", ETAG, 1000));
        assertEquals(Optional.of(new ByteRange(0, 99, 1000)), ByteRange.of("bytes=0-99", ETAG, ETAG, 1000));
    }

    @Test
    void aRangeBeyondTheEndCannotBeSatisfied() {
        assertEquals(1000, assertThrows(ByteRange.NotSatisfiable.class,
                () -> ByteRange.of("bytes=1000-", null, ETAG, 1000)).size);
        assertThrows(ByteRange.NotSatisfiable.class, () -> ByteRange.of("bytes=-0", null, ETAG, 1000));
        assertThrows(ByteRange.NotSatisfiable.class, () -> ByteRange.of("bytes=0-0", null, ETAG, 0));
        assertEquals(Optional.empty(), ByteRange.of("bytes=2000-1000", null, ETAG, 1000));
    }
}
