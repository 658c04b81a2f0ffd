package dev.csp.audit.api;

import dev.csp.audit.domain.Activity;
import dev.csp.audit.domain.ActivityLog;
import dev.csp.audit.domain.ActivityType;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** "Activity log": who accessed keys, downloaded software, bought or cancelled, in a date range. */
@Path("/v1/activity-log")
public class ActivityLogResource {

    private final ActivityLog log;
    private final Caller caller;
    private final Clock clock;

    ActivityLogResource(ActivityLog log, Caller caller, Clock clock) {
        this.log = log;
        this.caller = caller;
        this.clock = clock;
    }

    /** Newest first; {@code from} (inclusive) and {@code to} (exclusive) are ISO-8601 instants, default the last 30 days. */
    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN, Roles.MARKETING_CONTENT_ADMIN})
    public List<Entry> list(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        Instant until = instant("to", to, clock.instant());
        Instant since = instant("from", from, until.minus(Duration.ofDays(30)));
        if (since.isAfter(until)) {
            throw ProblemException.badRequest("invalid-range", "'from' must not be after 'to'.");
        }
        return log.between(caller.tenantId(), since, until, limit).stream().map(Entry::of).toList();
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date", "'" + name + "' must be an ISO-8601 instant such as 2026-11-01T00:00:00Z.");
        }
    }

    public record Entry(long id, ActivityType type, Instant occurredAt, String userName, String userRole, UUID userTenantId,
                        UUID customerId, UUID customerTenantId, UUID subjectId, UUID orderId, String productName,
                        String detail) {

        static Entry of(Activity a) {
            return new Entry(a.id, a.type, a.occurredAt, a.userName, a.userRole, a.userTenantId, a.customerId,
                    a.customerTenantId, a.subjectId, a.orderId, a.productName, a.detail);
        }
    }
}
