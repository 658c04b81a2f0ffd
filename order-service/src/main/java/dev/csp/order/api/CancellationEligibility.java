package dev.csp.order.api;

import dev.csp.order.domain.CancellationAssessment;
import java.time.Instant;

public record CancellationEligibility(boolean cancellable, long daysRemaining, Instant windowEndsAt, String reason) {

    static CancellationEligibility of(CancellationAssessment assessment) {
        return new CancellationEligibility(assessment.cancellable(), assessment.daysRemaining(),
                assessment.windowEndsAt(), assessment.reason());
    }
}
