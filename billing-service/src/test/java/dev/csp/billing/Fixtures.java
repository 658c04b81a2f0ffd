package dev.csp.billing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.csp.billing.domain.Charge;
import dev.csp.billing.domain.Credit;
import dev.csp.billing.domain.Invoice;
import dev.csp.events.Actor;
import dev.csp.events.BillingFrequency;
import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Events as order-service sends them, and callers of partners made up for one test, so tests never share data. */
final class Fixtures {

    static final Actor AGENT = new Actor("u1", "contoso-admin-agent", DemoTenants.CONTOSO, "admin-agent");

    private Fixtures() {
    }

    static OrderPlaced.Line line(ProductKind kind, String term, BillingFrequency billing, String price, String currency,
                                 int quantity) {
        return new OrderPlaced.Line(UUID.randomUUID(), "p-" + kind, "sku-1", "Product, " + kind, kind, quantity, term,
                billing, Money.of(price, currency), false, 1);
    }

    static OrderPlaced.Line perpetual(String price, String currency, int quantity) {
        return line(ProductKind.PERPETUAL_SOFTWARE, null, BillingFrequency.ONE_TIME, price, currency, quantity);
    }

    static OrderPlaced order(UUID partner, Instant placedAt, OrderPlaced.Line... lines) {
        return new OrderPlaced(UUID.randomUUID(), placedAt, UUID.randomUUID(), partner, UUID.randomUUID(),
                UUID.randomUUID(), "Adatum Corporation", "US", AGENT, Arrays.asList(lines));
    }

    static OrderCancelled cancelled(OrderPlaced order, Instant at) {
        return new OrderCancelled(UUID.randomUUID(), at, order.orderId(), order.partnerTenantId(), order.customerId(),
                order.customerTenantId(), order.occurredAt(), AGENT,
                order.lines().stream().map(OrderPlaced.Line::lineId).toList(), null);
    }

    /** A cancellation that names each line's refund policy, as order-service sends it now. */
    static OrderCancelled cancelled(OrderPlaced order, Instant at, ProductPublished.RefundKind policy) {
        return new OrderCancelled(UUID.randomUUID(), at, order.orderId(), order.partnerTenantId(), order.customerId(),
                order.customerTenantId(), order.occurredAt(), AGENT,
                order.lines().stream().map(OrderPlaced.Line::lineId).toList(),
                order.lines().stream().map(l -> new OrderCancelled.CancelledLine(l.lineId(), policy,
                        l.unitPrice().times(l.quantity()))).toList());
    }

    static RefundApproved refund(OrderPlaced order, UUID request, String amount, Instant at) {
        OrderPlaced.Line line = order.lines().get(0);
        return new RefundApproved(UUID.randomUUID(), at, request, order.orderId(), line.lineId(), order.partnerTenantId(),
                order.customerId(), Money.of(amount, line.unitPrice().currency()),
                new Actor("u9", "ops-support-agent", DemoTenants.OPERATIONS, "support-agent"));
    }

    static void send(Event event) {
        TestKafka.send(event.topic(), event.key(), EventCodec.toJson(event));
    }

    /** Sends the event and waits until billing has applied it (its id is in the inbox), effect or not. */
    static void sendAndAwait(Event event) {
        send(event);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(event.eventId()));
    }

    static boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Charge.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }

    /** A signed-in user of the given partner with the given role. */
    static RequestSpecification as(UUID partner, String role) {
        return given().header("Authorization", "Bearer " + TestTokens.token(role + "-of-" + partner, partner, Set.of(role)));
    }

    static List<Charge> charges(OrderPlaced order) {
        return QuarkusTransaction.requiringNew().call(() -> Charge.list("orderId = ?1 order by installment, id", order.orderId()));
    }

    static List<Credit> credits(OrderPlaced order) {
        return QuarkusTransaction.requiringNew().call(() -> Credit.list("orderId = ?1 order by issuedAt, id", order.orderId()));
    }

    static long invoices(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> Invoice.count("partnerTenantId", partner));
    }
}
