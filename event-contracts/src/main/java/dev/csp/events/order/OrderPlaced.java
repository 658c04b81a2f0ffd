package dev.csp.events.order;

import dev.csp.events.Actor;
import dev.csp.events.BillingFrequency;
import dev.csp.events.Event;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner bought products for a customer; the charge goes on the partner's monthly invoice. Key: order id. */
public record OrderPlaced(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID partnerTenantId,
        UUID customerId,
        UUID customerTenantId,
        String customerName,
        String market,
        Actor placedBy,
        List<Line> lines) implements Event {

    public static final String TOPIC = "order-placed";

    /** One purchased SKU with the price and policy it was sold under, frozen at purchase. */
    public record Line(
            UUID lineId,
            String productId,
            String skuId,
            String productName,
            ProductKind kind,
            int quantity,
            String term,
            BillingFrequency billing,
            Money unitPrice,
            boolean taxIncluded,
            int cancellationPolicyVersion) {
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
