package dev.csp.entitlement.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A 32-character product key in eight groups of four, drawn from 24 characters that cannot be mistaken for one
 * another (no 0/O, 1/I/L, 5/S, 8/B, A/4, E/3 pairs, no vowels so no words): 32 × log2(24) ≈ 146 bits of entropy.
 */
public final class ProductKey {

    static final String ALPHABET = "BCDFGHJKMPQRTVWXY2346789";
    static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ProductKey(String value) {
        this.value = value;
    }

    public static ProductKey generate() {
        StringBuilder key = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                key.append('-');
            }
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ProductKey(key.toString());
    }

    static ProductKey of(String grouped) {
        return new ProductKey(grouped);
    }

    /** The key as shown to a person: XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. */
    public String grouped() {
        return value;
    }

    byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Never the key itself: keys must not reach logs. */
    @Override
    public String toString() {
        return "ProductKey[****]";
    }
}
