package dev.csp.audit.api;

import dev.csp.audit.domain.ActivityQuery;
import dev.csp.audit.domain.ActivityType;
import dev.csp.audit.domain.AuditConfig;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a request to the activity log names, read the same way by every one of them: the {@link Period} (by default
 * the last 30 days, never beyond the retention) and the filters, always over the caller's own tenant's log.
 */
@ApplicationScoped
class ActivityRequests {

    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    AuditConfig config;

    Period period(String from, String to) {
        return Period.parse(from, to, clock, config.retentionYears());
    }

    /** Every entry of the period. */
    ActivityQuery query(Period period) {
        return new ActivityQuery(caller.tenantId(), period.from(), period.to(), null, null, null);
    }

    /** The period's entries that match the filters given ({@code type}, {@code customerId}, {@code user}). */
    ActivityQuery query(Period period, String type, String customerId, String user) {
        return new ActivityQuery(caller.tenantId(), period.from(), period.to(), type(type), uuid("customerId", customerId),
                user == null || user.isBlank() ? null : user);
    }

    private static ActivityType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ActivityType.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-type", "'type' must be one of " + List.of(ActivityType.values()) + ".");
        }
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-" + name, "'" + name + "' must be a UUID.");
        }
    }
}
