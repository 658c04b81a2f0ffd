package dev.csp.audit.api;

import dev.csp.audit.domain.ActivityPage;
import dev.csp.kit.api.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/** The opaque {@code cursor} of the next page: a position in the log, which clients pass back unread. */
final class Cursor {

    private static final String VERSION = "a1";

    private Cursor() {
    }

    static String encode(ActivityPage.Position position) {
        String text = VERSION + ":" + ChronoUnit.MICROS.between(Instant.EPOCH, position.occurredAt()) + ":" + position.id()
                + ":" + position.snapshotSeq();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for the first page. */
    static ActivityPage.Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not a cursor of this version");
            }
            return new ActivityPage.Position(Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS),
                    Long.parseLong(parts[2]), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ProblemException.badRequest("invalid-cursor", "'cursor' must be a value from a previous page's next link.");
        }
    }
}
