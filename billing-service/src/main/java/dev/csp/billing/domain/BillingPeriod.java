package dev.csp.billing.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Invoices are monthly, in UTC: a period is a calendar month written yyyy-MM. */
public final class BillingPeriod {

    private static final Pattern WRITTEN = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private BillingPeriod() {
    }

    public static String of(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC)).toString();
    }

    /** The month a period names, or empty when it is not written yyyy-MM. */
    public static Optional<YearMonth> parse(String period) {
        if (period == null || !WRITTEN.matcher(period).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(period));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String next(String period) {
        return YearMonth.parse(period).plusMonths(1).toString();
    }

    /** The instant a period opens: midnight UTC on the first of its month. */
    public static Instant opensAt(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
