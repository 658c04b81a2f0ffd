package dev.csp.entitlement;

import dev.csp.events.Actor;
import dev.csp.events.BillingFrequency;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.TestKafka;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Orders as order-service publishes them, for Contoso's customer Adatum. */
final class OrderEvents {

    static final UUID ADATUM_CUSTOMER = UUID.fromString("c0000000-0000-4000-8000-000000000033");
    private static final Actor AGENT = new Actor("u1", "contoso-admin-agent", DemoTenants.CONTOSO, "admin-agent");

    private OrderEvents() {
    }

    static OrderPlaced placed(ProductKind... kinds) {
        UUID orderId = UUID.randomUUID();
        List<OrderPlaced.Line> lines = java.util.Arrays.stream(kinds).map(kind -> new OrderPlaced.Line(UUID.randomUUID(),
                "p-" + kind, "sku-" + kind, "Product " + kind, kind, 1, null, BillingFrequency.ONE_TIME,
                Money.of("100.00", "USD"), false, 1)).toList();
        return new OrderPlaced(UUID.randomUUID(), Instant.now(), orderId, DemoTenants.CONTOSO, ADATUM_CUSTOMER,
                DemoTenants.ADATUM, "Adatum Corporation", "US", AGENT, lines);
    }

    /** One order with a line for each of the given SKUs, all perpetual software. */
    static OrderPlaced placedSkus(String productId, String... skuIds) {
        List<OrderPlaced.Line> lines = java.util.Arrays.stream(skuIds).map(sku -> new OrderPlaced.Line(UUID.randomUUID(),
                productId, sku, "Product " + productId, ProductKind.PERPETUAL_SOFTWARE, 1, null,
                BillingFrequency.ONE_TIME, Money.of("100.00", "USD"), false, 1)).toList();
        return new OrderPlaced(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), DemoTenants.CONTOSO, ADATUM_CUSTOMER,
                DemoTenants.ADATUM, "Adatum Corporation", "US", AGENT, lines);
    }

    static OrderCancelled cancelled(OrderPlaced order) {
        return cancelledLines(order, order.lines().stream().map(OrderPlaced.Line::lineId).toList());
    }

    /** A partial cancellation: only the given lines. */
    static OrderCancelled cancelledLines(OrderPlaced order, List<UUID> lineIds) {
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), order.orderId(), order.partnerTenantId(),
                order.customerId(), order.customerTenantId(), order.occurredAt(), AGENT,
                lineIds, java.util.List.of());
    }

    static void send(dev.csp.events.Event event) {
        TestKafka.send(event.topic(), event.key(), EventCodec.toJson(event));
    }
}
