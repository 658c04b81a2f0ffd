package dev.csp.order.domain;

import dev.csp.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether the given lines of an order can be cancelled now and, if not, why. {@code reason} is null when they can;
 * otherwise one of the codes the API answers with: already-cancelled, not-cancellable, cancellation-window-passed,
 * support-request-required. {@code lineIds} are the lines assessed (all lines still active when none were named).
 * {@code leftBeforeSupportRequest}: how much more of the order may be cancelled before a support request is needed
 * (the lines' limit less what the order has had cancelled already); null when the lines have no limit or were not
 * weighed (a rule before the amount refused them).
 */
public record CancellationAssessment(boolean cancellable, Instant windowEndsAt, long daysRemaining, String reason,
                                     List<UUID> lineIds, Money leftBeforeSupportRequest) {

    public static final String ALREADY_CANCELLED = "already-cancelled";
    public static final String NOT_CANCELLABLE = "not-cancellable";
    public static final String WINDOW_PASSED = "cancellation-window-passed";
    public static final String SUPPORT_REQUEST_REQUIRED = "support-request-required";

    static CancellationAssessment allowed(Instant windowEndsAt, long daysRemaining, List<UUID> lineIds, Money left) {
        return new CancellationAssessment(true, windowEndsAt, daysRemaining, null, lineIds, left);
    }

    static CancellationAssessment refused(Instant windowEndsAt, String reason, List<UUID> lineIds) {
        return refused(windowEndsAt, reason, lineIds, null);
    }

    static CancellationAssessment refused(Instant windowEndsAt, String reason, List<UUID> lineIds, Money left) {
        return new CancellationAssessment(false, windowEndsAt, 0, reason, lineIds, left);
    }
}
