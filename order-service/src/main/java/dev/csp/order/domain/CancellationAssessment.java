package dev.csp.order.domain;

import java.time.Instant;

/**
 * Whether an order can be cancelled now and, if not, why. {@code reason} is null when it can; otherwise one of
 * the codes the API answers with: already-cancelled, not-cancellable, cancellation-window-passed.
 */
public record CancellationAssessment(boolean cancellable, Instant windowEndsAt, long daysRemaining, String reason) {

    static CancellationAssessment allowed(Instant windowEndsAt, long daysRemaining) {
        return new CancellationAssessment(true, windowEndsAt, daysRemaining, null);
    }

    static CancellationAssessment refused(Instant windowEndsAt, String reason) {
        return new CancellationAssessment(false, windowEndsAt, 0, reason);
    }
}
