package dev.csp.order.domain;

import java.util.UUID;

/**
 * Where a partner starts a refund support request for an order the policy will not let them cancel alone: the
 * {@code supportRequestUrl} of a refused cancellation and of its eligibility.
 */
public final class SupportLinks {

    private SupportLinks() {
    }

    public static String refundRequestFor(UUID orderId) {
        return "/v1/support-requests?orderId=" + orderId;
    }
}
