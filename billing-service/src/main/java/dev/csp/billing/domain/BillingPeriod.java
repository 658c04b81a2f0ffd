package dev.csp.billing.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Invoices are monthly, in UTC: a period is a calendar month written yyyy-MM. */
public final class BillingPeriod {

    private BillingPeriod() {
    }

    public static String of(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC)).toString();
    }
}
