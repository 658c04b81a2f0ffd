package dev.csp.order.api;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.order.domain.Order;
import dev.csp.order.domain.OrderLine;
import dev.csp.order.domain.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record OrderView(UUID id, UUID customerId, OrderStatus status, Instant placedAt, String placedBy,
                        Instant cancelledAt, String cancelledBy, List<Line> lines) {

    public record Line(UUID id, String productId, String skuId, String productName, ProductKind kind, int quantity,
                       String term, BillingFrequency billing, Money unitPrice, boolean taxIncluded,
                       OrderLine.LineStatus status) {

        static Line of(OrderLine line) {
            return new Line(line.id, line.productId, line.skuId, line.productName, line.kind, line.quantity, line.term,
                    line.billing, line.unitPrice(), line.taxIncluded, line.status);
        }
    }

    static OrderView of(Order order) {
        return new OrderView(order.id, order.customer.id, order.status, order.placedAt, order.placedBy,
                order.cancelledAt, order.cancelledBy, order.lines.stream().map(Line::of).toList());
    }
}
