package dev.csp.order.domain;

import dev.csp.events.Money;
import java.util.UUID;

/**
 * What a partner states in a refund support request: the customer (tenant GUID or domain), the order or the
 * subscription (one line of an order), why, how much, and whom to call.
 */
public record RefundClaim(SupportRequest.Type type, SupportRequest.Impact impact, String title, String description,
                          UUID customerTenantId, String customerDomain, UUID orderId, UUID subscriptionId,
                          String refundReason, Money amount, SupportContact contact) {

    /** The customer, order and (when named) line the claim turned out to be about. */
    record Subject(Customer customer, Order order, OrderLine line) {

        Money amountPaid() {
            return line == null ? order.amountPaid() : line.amountPaid();
        }
    }
}
