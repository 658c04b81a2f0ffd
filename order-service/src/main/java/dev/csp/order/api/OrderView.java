package dev.csp.order.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.order.domain.OrderEffects;
import dev.csp.order.domain.OrderLine;
import dev.csp.order.domain.OrderStatus;
import dev.csp.order.domain.TrackedOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order with its lines and where its effects stand: keys granted, charge recorded, keys revoked, credit issued. */
public record OrderView(UUID id, UUID customerId, OrderStatus status, Instant placedAt, String placedBy,
                        Instant cancelledAt, String cancelledBy, Money amountPaid, OrderEffects.Stand effects,
                        List<Line> lines) {

    public record Line(UUID id, String productId, String skuId, String productName, ProductKind kind, int quantity,
                       String term, BillingFrequency billing, Money unitPrice, boolean taxIncluded,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate, Money taxPaid, Money amountPaid,
                       OrderLine.LineStatus status, Instant cancelledAt, int policyVersion, OrderEffects.Stand effects) {

        /**
         * {@code policyVersion}: the cancellation policy in force when the order was placed, which the line keeps.
         * {@code taxRate}, {@code taxPaid}: where the price includes tax, its rate and the tax the amount paid contains
         * (null where tax is not included or, for lines sold before rates were kept, its rate is not known).
         */
        static Line of(OrderLine line, OrderEffects effects) {
            return new Line(line.id, line.productId, line.skuId, line.productName, line.kind, line.quantity, line.term,
                    line.billing, line.unitPrice(), line.taxIncluded, line.statedTaxRate(),
                    line.taxPaid().orElse(null), line.amountPaid(), line.status, line.cancelledAt,
                    line.policyVersion, effects.line(line.id));
        }
    }

    static OrderView of(TrackedOrder tracked) {
        var order = tracked.order();
        return new OrderView(order.id, order.customer.id, order.status, order.placedAt, order.placedBy,
                order.cancelledAt, order.cancelledBy, order.amountPaid(), tracked.effects().order(),
                order.lines.stream().map(line -> Line.of(line, tracked.effects())).toList());
    }
}
