package dev.csp.order.api;

import dev.csp.order.domain.CancellationAssessment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code supportRequestUrl} is set only when the reason is support-request-required. */
public record CancellationEligibility(boolean cancellable, long daysRemaining, Instant windowEndsAt, String reason,
                                      String supportRequestUrl, List<UUID> lineIds) {

    static CancellationEligibility of(UUID orderId, CancellationAssessment assessment) {
        return new CancellationEligibility(assessment.cancellable(), assessment.daysRemaining(),
                assessment.windowEndsAt(), assessment.reason(), supportRequestUrl(orderId, assessment),
                assessment.lineIds());
    }

    static String supportRequestUrl(UUID orderId, CancellationAssessment assessment) {
        return CancellationAssessment.SUPPORT_REQUEST_REQUIRED.equals(assessment.reason())
                ? SupportLinks.refundRequestFor(orderId) : null;
    }
}
