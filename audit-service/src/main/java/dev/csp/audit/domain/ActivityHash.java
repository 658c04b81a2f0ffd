package dev.csp.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one chain link: SHA-256 over the previous link's hash and every field a reader sees, each written
 * length-prefixed so that no two different entries share an encoding. The migration's {@code activity_link_hash}
 * computes the same in SQL (used once, to chain entries written before the chain existed).
 */
public final class ActivityHash {

    /** What the first link of every chain points back to. */
    public static final String GENESIS = "0".repeat(64);

    private ActivityHash() {
    }

    public static String of(Activity a) {
        StringBuilder text = new StringBuilder("csp-activity/v1\n").append(a.prevHash).append('\n');
        field(text, a.id);
        field(text, a.chainSeq);
        field(text, a.eventId);
        field(text, a.type == null ? null : a.type.name());
        field(text, micros(a.occurredAt));
        field(text, micros(a.recordedAt));
        field(text, a.partnerTenantId);
        field(text, a.customerId);
        field(text, a.customerTenantId);
        field(text, a.subjectId);
        field(text, a.orderId);
        field(text, a.productName);
        field(text, a.userName);
        field(text, a.userTenantId);
        field(text, a.userRole);
        field(text, a.detail);
        return sha256(text.toString());
    }

    /** PostgreSQL keeps microseconds: an instant is truncated to them before it is stored or hashed. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static void field(StringBuilder text, Object value) {
        if (value == null) {
            text.append('~');
        } else {
            String s = value.toString();
            text.append(s.getBytes(StandardCharsets.UTF_8).length).append(':').append(s);
        }
        text.append('\n');
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
