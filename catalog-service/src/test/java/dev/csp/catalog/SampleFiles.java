package dev.csp.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rule agreed with entitlement-service for the sample bits behind each download: the file is the first
 * {@code sizeBytes} bytes of the endless repetition of the UTF-8 bytes of {@code fileName + "\n"}.
 */
final class SampleFiles {

    private SampleFiles() {
    }

    static String sha256(String fileName, long sizeBytes) {
        byte[] unit = (fileName + "\n").getBytes(StandardCharsets.UTF_8);
        MessageDigest digest = sha256();
        long left = sizeBytes;
        while (left > 0) {
            int take = (int) Math.min(unit.length, left);
            digest.update(unit, 0, take);
            left -= take;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
