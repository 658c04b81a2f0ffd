package dev.csp.order;

import static dev.csp.order.Api.ACKNOWLEDGED;
import static dev.csp.order.Api.as;
import static dev.csp.order.Api.lineIds;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.perpetualAndReservation;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.CONTOSO_SALES_AGENT;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.entitlement.EntitlementGranted;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order shows where its effects stand from what entitlement-service and billing-service report back. */
@QuarkusTest
class OrderEffectsTest {

    @BeforeEach
    void catalog() {
        CatalogFixture.publishTestCatalog();
    }

    @Test
    void grantsAndChargesShowPerLineAndForTheOrderEachCountedOnce() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, perpetualAndReservation());
        List<String> lines = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId);
        String path = "/v1/customers/" + customer + "/orders/" + orderId;

        as(CONTOSO_ADMIN_AGENT).get(path).then()
                .body("effects.keysGranted", equalTo(false)).body("effects.chargeRecorded", nullValue());

        EntitlementGranted grant = granted(orderId, lines.get(0));
        send(grant);
        send(grant);
        ChargeRecorded charge = charged(orderId, lines.get(0), UUID.randomUUID(), "2138.00");
        send(charge);
        send(charged(orderId, lines.get(0), charge.chargeId(), "2138.00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(CONTOSO_SALES_AGENT).get(path).then()
                .body("lines[0].effects.keysGranted", equalTo(true))
                .body("lines[0].effects.chargeRecorded.amount", equalTo("2138.00")));
        as(CONTOSO_SALES_AGENT).get(path).then()
                .body("effects.keysGranted", equalTo(false))
                .body("lines[1].effects.keysGranted", equalTo(false));

        send(granted(orderId, lines.get(1)));
        send(charged(orderId, lines.get(1), UUID.randomUUID(), "876.00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(CONTOSO_SALES_AGENT).get(path).then()
                .body("effects.keysGranted", equalTo(true))
                .body("effects.chargeRecorded.amount", equalTo("3014.00"))
                .body("effects.chargeRecorded.currency", equalTo("USD")));
        as(CONTOSO_SALES_AGENT).get("/v1/customers/{c}/orders", customer).then()
                .body("[0].effects.chargeRecorded.amount", equalTo("3014.00"));
    }

    @Test
    void aRevocationThatOvertakesItsGrantStillShowsBothAndTheCredit() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String lineId = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId).get(0);
        String path = "/v1/customers/" + customer + "/orders/" + orderId;
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED).post(path + "/cancellations").then().statusCode(200)
                .body("effects.keysRevoked", equalTo(false)).body("effects.creditIssued", nullValue());

        EntitlementGranted grant = granted(orderId, lineId);
        send(new EntitlementRevoked(UUID.randomUUID(), Instant.now(), grant.orderId(), grant.lineId(),
                grant.entitlementId(), DemoTenants.CONTOSO, grant.customerId(), grant.customerTenantId()));
        send(grant);
        send(new CreditIssued(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(), grant.orderId(),
                grant.lineId(), DemoTenants.CONTOSO, grant.customerId(), Money.of("2138.00", "USD"),
                CreditIssued.Reason.FULL_REFUND, "2026-11", null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(CONTOSO_ADMIN_AGENT).get(path).then()
                .body("lines[0].effects.keysGranted", equalTo(true))
                .body("lines[0].effects.keysRevoked", equalTo(true))
                .body("effects.keysRevoked", equalTo(true))
                .body("effects.creditIssued.amount", equalTo("2138.00"))
                .body("lines[0].effects.creditIssued.amount", equalTo("2138.00")));
    }

    private static EntitlementGranted granted(String orderId, String lineId) {
        return new EntitlementGranted(UUID.randomUUID(), Instant.now(), UUID.fromString(orderId), UUID.fromString(lineId),
                UUID.randomUUID(), DemoTenants.CONTOSO, UUID.randomUUID(), UUID.randomUUID(), "p", "sku",
                ProductKind.PERPETUAL_SOFTWARE, true);
    }

    private static ChargeRecorded charged(String orderId, String lineId, UUID chargeId, String usd) {
        return new ChargeRecorded(UUID.randomUUID(), Instant.now(), chargeId, UUID.fromString(orderId),
                UUID.fromString(lineId), DemoTenants.CONTOSO, UUID.randomUUID(), Money.of(usd, "USD"), "2026-11");
    }

    private static void send(Event event) {
        TestKafka.send(event.topic(), event.key(), EventCodec.toJson(event));
    }
}
