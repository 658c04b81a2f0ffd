package dev.csp.order.api;

import java.util.UUID;

/** Where a partner starts a refund support request for an order the policy will not let them cancel alone. */
final class SupportLinks {

    private SupportLinks() {
    }

    static String refundRequestFor(UUID orderId) {
        return "/v1/support-requests?orderId=" + orderId;
    }
}
