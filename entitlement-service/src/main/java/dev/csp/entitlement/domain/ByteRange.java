package dev.csp.entitlement.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a file a request asks for (RFC 9110 §14): one range, {@code first} to {@code last} inclusive. A
 * Range header we do not serve as one part (another unit, several ranges, bad syntax) is ignored, as the RFC
 * allows: the whole file is sent. A range that starts beyond the end cannot be satisfied.
 */
public record ByteRange(long first, long last, long size) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /**
     * The part asked for, or empty for the whole file. With If-Range, only while the file is still the one the
     * client holds part of (its entity tag); otherwise the whole file, so a resumed download never mixes versions.
     */
    public static Optional<ByteRange> of(String header, String ifRange, String etag, long size) {
        if (ifRange != null && !ifRange.trim().equals(etag)) {
            return Optional.empty();
        }
        return of(header, size);
    }

    static Optional<ByteRange> of(String header, long size) {
        Matcher range = header == null ? null : SINGLE.matcher(header.trim());
        if (range == null || !range.matches() || range.group(1).isEmpty() && range.group(2).isEmpty()) {
            return Optional.empty();
        }
        if (range.group(1).isEmpty()) {
            long suffix = Long.parseLong(range.group(2));
            if (suffix == 0 || size == 0) {
                throw new NotSatisfiable(size);
            }
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, size));
        }
        long first = Long.parseLong(range.group(1));
        long last = range.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(range.group(2));
        if (last < first) {
            return Optional.empty();
        }
        if (first >= size) {
            throw new NotSatisfiable(size);
        }
        return Optional.of(new ByteRange(first, Math.min(last, size - 1), size));
    }

    public long length() {
        return last - first + 1;
    }

    /** The Content-Range header value: {@code bytes 0-1023/1048576}. */
    public String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** Answered 416, with the file's size so the client can ask again. */
    public static final class NotSatisfiable extends RuntimeException {
        public final long size;

        NotSatisfiable(long size) {
            super("Range not satisfiable for " + size + " bytes", null, false, false);
            this.size = size;
        }
    }
}
