package dev.csp.events.billing;

import dev.csp.events.Event;
import dev.csp.events.Money;
import java.time.Instant;
import java.util.UUID;

/** A purchased line was charged on the partner's open monthly invoice. Key: order id. */
public record ChargeRecorded(
        UUID eventId,
        Instant occurredAt,
        UUID chargeId,
        UUID orderId,
        UUID lineId,
        UUID partnerTenantId,
        UUID customerId,
        Money amount,
        String billingPeriod) implements Event {

    public static final String TOPIC = "charge-recorded";

    @Override
    public String key() {
        return orderId.toString();
    }
}
