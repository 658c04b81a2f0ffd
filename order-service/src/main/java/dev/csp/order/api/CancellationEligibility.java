package dev.csp.order.api;

import dev.csp.events.Money;
import dev.csp.order.domain.CancellationAssessment;
import dev.csp.order.domain.SupportLinks;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code supportRequestUrl} is set only when the reason is support-request-required; {@code leftBeforeSupportRequest}
 * is how much more of the order may be cancelled without one (absent when the lines have no limit).
 */
public record CancellationEligibility(boolean cancellable, long daysRemaining, Instant windowEndsAt, String reason,
                                      String supportRequestUrl, List<UUID> lineIds, Money leftBeforeSupportRequest) {

    static CancellationEligibility of(UUID orderId, CancellationAssessment assessment) {
        return new CancellationEligibility(assessment.cancellable(), assessment.daysRemaining(),
                assessment.windowEndsAt(), assessment.reason(), supportRequestUrl(orderId, assessment),
                assessment.lineIds(), assessment.leftBeforeSupportRequest());
    }

    static String supportRequestUrl(UUID orderId, CancellationAssessment assessment) {
        return CancellationAssessment.SUPPORT_REQUEST_REQUIRED.equals(assessment.reason())
                ? SupportLinks.refundRequestFor(orderId) : null;
    }
}
