package dev.csp.audit.api;

import dev.csp.kit.api.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code from} (inclusive) and {@code to} (exclusive) of a request: ISO-8601 instants, by default the last 30
 * days, never further back than the retention.
 */
record Period(Instant from, Instant to) {

    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);
    /** Years written with four digits: PostgreSQL cannot compare with an instant in year 300000 (a 500, not an answer). */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    static Period parse(String from, String to, Clock clock, int retentionYears) {
        Instant now = clock.instant();
        Instant until = instant("to", to, now);
        Instant since = instant("from", from, until.minus(DEFAULT_LENGTH));
        if (since.isAfter(until)) {
            throw ProblemException.badRequest("invalid-range", "'from' must not be after 'to'.");
        }
        Instant oldest = now.atZone(ZoneOffset.UTC).minusYears(retentionYears).toInstant();
        if (since.isBefore(oldest)) {
            throw ProblemException.badRequest("beyond-retention",
                    "The log is kept for " + retentionYears + " years: 'from' must not be before " + oldest + ".");
        }
        return new Period(since, until);
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date", "'" + name + "' must be an ISO-8601 instant such as 2026-11-01T00:00:00Z.");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ProblemException.badRequest("invalid-date", "'" + name + "' must be between " + EARLIEST + " and " + LATEST + ".");
        }
        return instant;
    }
}
