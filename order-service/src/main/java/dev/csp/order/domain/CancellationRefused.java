package dev.csp.order.domain;

import dev.csp.kit.api.ProblemException;
import dev.csp.kit.api.Problem;
import java.util.UUID;

/** A 409 whose code is the policy's reason; the API adds where to file a support request when that is the answer. */
public class CancellationRefused extends ProblemException {

    private final UUID orderId;
    private final transient CancellationAssessment assessment;

    CancellationRefused(UUID orderId, CancellationAssessment assessment, String detail) {
        super(Problem.of(409, assessment.reason(), "Not allowed now", detail));
        this.orderId = orderId;
        this.assessment = assessment;
    }

    public UUID orderId() {
        return orderId;
    }

    public CancellationAssessment assessment() {
        return assessment;
    }
}
