package dev.csp.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether the given lines of an order can be cancelled now and, if not, why. {@code reason} is null when they can;
 * otherwise one of the codes the API answers with: already-cancelled, not-cancellable, cancellation-window-passed,
 * support-request-required. {@code lineIds} are the lines assessed (all lines still active when none were named).
 */
public record CancellationAssessment(boolean cancellable, Instant windowEndsAt, long daysRemaining, String reason,
                                     List<UUID> lineIds) {

    public static final String ALREADY_CANCELLED = "already-cancelled";
    public static final String NOT_CANCELLABLE = "not-cancellable";
    public static final String WINDOW_PASSED = "cancellation-window-passed";
    public static final String SUPPORT_REQUEST_REQUIRED = "support-request-required";

    static CancellationAssessment allowed(Instant windowEndsAt, long daysRemaining, List<UUID> lineIds) {
        return new CancellationAssessment(true, windowEndsAt, daysRemaining, null, lineIds);
    }

    static CancellationAssessment refused(Instant windowEndsAt, String reason, List<UUID> lineIds) {
        return new CancellationAssessment(false, windowEndsAt, 0, reason, lineIds);
    }
}
