package dev.csp.order;

import static dev.csp.order.Api.ACKNOWLEDGED;
import static dev.csp.order.Api.as;
import static dev.csp.order.Api.line;
import static dev.csp.order.Api.lineIds;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.OPS_SUPPORT_AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.csp.events.EventCodec;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.RefundApproved;
import dev.csp.testing.TestKafka;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approving a refund support request completes the cancellation: the request's lines are cancelled (whatever the
 * window, policy or limit) with an order-cancelled that names the request and credits nothing by policy, next to the
 * refund-approved that carries the one credit. A rejection changes nothing; support sees the order when deciding.
 */
@QuarkusTest
class RefundApprovalTest {

    private String customer;
    private String domain;

    @BeforeEach
    void aCustomer() {
        CatalogFixture.publishTestCatalog();
        customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        domain = as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}", customer).then().extract().path("domain");
    }

    @Test
    void approvingARequestForAnOrderCancelsItsLineAndPublishesOneCancellationThatCreditsNothingByPolicy() {
        // 60 × 1069.00 = 64,140.00 USD: above the policy's 50,000.00, so the partner cannot cancel it alone
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(line(CatalogFixture.PERPETUAL_SKU, 60, null)));
        String lineId = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId).get(0);
        String id = submitAndReview(Map.of("orderId", orderId), "50000.00");

        as(OPS_SUPPORT_AGENT).get("/v1/support-requests/{id}", id).then().statusCode(200)
                .body("order.id", equalTo(orderId)).body("order.status", equalTo("PLACED"))
                .body("order.amountPaid.amount", equalTo("64140.00"))
                .body("order.lines[0].id", equalTo(lineId)).body("order.lines[0].status", equalTo("ACTIVE"))
                .body("order.lines[0].productName", equalTo("Windows Server 2025 Standard"))
                .body("order.lines[0].quantity", equalTo(60));

        as(OPS_SUPPORT_AGENT).body(approval("45000.00")).post("/v1/support-requests/{id}/approval", id).then()
                .statusCode(200).body("status", equalTo("APPROVED"))
                .body("order.status", equalTo("CANCELLED")).body("order.cancelledBy", equalTo("ops-support-agent"))
                .body("order.lines[0].status", equalTo("CANCELLED"));
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, orderId).then()
                .body("status", equalTo("CANCELLED")).body("lines[0].status", equalTo("CANCELLED"));

        OrderCancelled cancelled = cancellationsOf(orderId, record -> record.value().contains(id)).get(0);
        assertEquals(UUID.fromString(id), cancelled.refundRequestId());
        assertEquals(List.of(UUID.fromString(lineId)), cancelled.lineIds());
        assertEquals(ProductPublished.RefundKind.NONE, cancelled.lines().get(0).refundKind(),
                "the approval is the credit: the cancellation gives nothing back on top of it");
        assertEquals("ops-support-agent", cancelled.cancelledBy().userName());
        RefundApproved approved = EventCodec.fromJson(TestKafka.await(RefundApproved.TOPIC,
                record -> record.value().contains(id)).value(), RefundApproved.class);
        assertEquals("45000.00", approved.amount().amount().toPlainString());
        assertEquals(lineId, approved.lineId().toString());

        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, orderId).then()
                .body("cancellable", equalTo(false)).body("reason", equalTo("already-cancelled"));
    }

    @Test
    void approvingARequestForOneSubscriptionCancelsThatLineOnly() {
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(line(CatalogFixture.PERPETUAL_SKU, 50, null),
                line(CatalogFixture.PERPETUAL_SKU, 2, null)));
        List<String> lines = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId);
        String id = submitAndReview(Map.of("orderId", orderId, "subscriptionId", lines.get(0)), "1000.00");

        as(OPS_SUPPORT_AGENT).body(approval("1000.00")).post("/v1/support-requests/{id}/approval", id).then()
                .statusCode(200).body("order.status", equalTo("PARTIALLY_CANCELLED"))
                .body("order.lines[0].status", equalTo("CANCELLED")).body("order.lines[1].status", equalTo("ACTIVE"));

        OrderCancelled cancelled = cancellationsOf(orderId, record -> record.value().contains(id)).get(0);
        assertEquals(List.of(UUID.fromString(lines.get(0))), cancelled.lineIds());
    }

    @Test
    void aRejectionChangesNothing() {
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(line(CatalogFixture.PERPETUAL_SKU, 60, null)));
        String id = submitAndReview(Map.of("orderId", orderId), "50000.00");

        as(OPS_SUPPORT_AGENT).body(Map.of("reason", "Outside the refund terms.")).post("/v1/support-requests/{id}/rejection", id)
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("order.status", equalTo("PLACED")).body("order.lines[0].status", equalTo("ACTIVE"))
                .body("order.cancelledBy", nullValue());
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, orderId).then()
                .body("status", equalTo("PLACED")).body("lines[0].status", equalTo("ACTIVE"));

        List<ConsumerRecord<String, String>> cancellations = TestKafka.readUntil(OrderCancelled.TOPIC,
                record -> orderId.equals(record.key()), Duration.ofSeconds(3));
        assertEquals(0, cancellations.stream().filter(record -> orderId.equals(record.key())).count());
        assertEquals(0, TestKafka.readUntil(RefundApproved.TOPIC, record -> orderId.equals(record.key()), Duration.ofSeconds(3))
                .stream().filter(record -> orderId.equals(record.key())).count());
    }

    @Test
    void approvingALineAlreadyCancelledLeavesItsCancellationAndStillPublishesTheApproval() {
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(line(CatalogFixture.PERPETUAL_SKU, 2, null)));
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED).post("/v1/customers/{c}/orders/{o}/cancellations", customer, orderId)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        String id = submitAndReview(Map.of("orderId", orderId), "100.00");

        as(OPS_SUPPORT_AGENT).body(approval("100.00")).post("/v1/support-requests/{id}/approval", id).then()
                .statusCode(200).body("status", equalTo("APPROVED"))
                .body("order.status", equalTo("CANCELLED")).body("order.cancelledBy", equalTo("contoso-admin-agent"));

        EventCodec.fromJson(TestKafka.await(RefundApproved.TOPIC, record -> record.value().contains(id)).value(),
                RefundApproved.class);
        List<OrderCancelled> cancellations = TestKafka.readUntil(OrderCancelled.TOPIC, record -> false, Duration.ofSeconds(5))
                .stream().filter(record -> orderId.equals(record.key()))
                .map(record -> EventCodec.fromJson(record.value(), OrderCancelled.class)).toList();
        assertEquals(1, cancellations.size(), "the partner's cancellation only: nothing is left to cancel");
        assertNull(cancellations.get(0).refundRequestId());
    }

    private String submitAndReview(Map<String, Object> purchase, String usd) {
        Map<String, Object> request = new HashMap<>(Map.of(
                "type", "CSP_PURCHASE_REFUND", "impact", "MODERATE", "title", "Refund for a duplicate order",
                "customerDomain", domain, "refundReason", "The customer ordered the same licences twice.",
                "amountRequested", Map.of("amount", usd, "currency", "USD"),
                "contact", Map.of("name", "Pat Doe", "email", "pat@contoso.example", "phone", "+1 425 555 0100")));
        request.putAll(purchase);
        String id = as(CONTOSO_ADMIN_AGENT).body(request).post("/v1/support-requests").then().statusCode(201)
                .extract().path("id");
        as(OPS_SUPPORT_AGENT).post("/v1/support-requests/{id}/review", id).then().statusCode(200);
        return id;
    }

    private static Map<String, Object> approval(String usd) {
        return Map.of("approvedAmount", Map.of("amount", usd, "currency", "USD"), "note", "Duplicate confirmed.");
    }

    /** The order's cancellations on the topic, read until {@code wanted} arrives (at most 20 s). */
    private static List<OrderCancelled> cancellationsOf(String orderId,
                                                        java.util.function.Predicate<ConsumerRecord<String, String>> wanted) {
        return TestKafka.readUntil(OrderCancelled.TOPIC, wanted, Duration.ofSeconds(20)).stream()
                .filter(record -> orderId.equals(record.key()))
                .map(record -> EventCodec.fromJson(record.value(), OrderCancelled.class)).toList();
    }
}
