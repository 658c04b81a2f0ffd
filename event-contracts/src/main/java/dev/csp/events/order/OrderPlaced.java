package dev.csp.events.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.csp.events.Actor;
import dev.csp.events.BillingFrequency;
import dev.csp.events.Event;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import java.math.BigDecimal;
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

    /**
     * One purchased SKU with the price and policy it was sold under, frozen at purchase. {@code taxRate}: the rate of
     * the tax a tax-inclusive price contains (0.10: 10 %); null when tax is not included, and in orders placed before
     * rates were published.
     */
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
            int cancellationPolicyVersion,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate) {

        /** A line without a tax rate: tax excluded, or included at a rate not stated. */
        public Line(UUID lineId, String productId, String skuId, String productName, ProductKind kind, int quantity,
                    String term, BillingFrequency billing, Money unitPrice, boolean taxIncluded,
                    int cancellationPolicyVersion) {
            this(lineId, productId, skuId, productName, kind, quantity, term, billing, unitPrice, taxIncluded,
                    cancellationPolicyVersion, null);
        }
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
