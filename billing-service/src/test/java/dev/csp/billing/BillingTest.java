package dev.csp.billing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.billing.domain.Charge;
import dev.csp.billing.domain.Credit;
import dev.csp.events.Actor;
import dev.csp.events.BillingFrequency;
import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BillingTest {

    private static final Actor AGENT = new Actor("u1", "contoso-admin-agent", DemoTenants.CONTOSO, "admin-agent");

    @Test
    void aPurchaseIsChargedAndItsCancellationCreditedOnTheOpenPeriod() {
        OrderPlaced order = perpetualOrder("1069.00", 2);
        send(order);
        await().atMost(Duration.ofSeconds(20)).until(() -> charges(order).size() == 1);
        Charge charge = charges(order).get(0);

        as(DemoUser.CONTOSO_ACCOUNT_ADMIN).get("/v1/billing/unbilled/line-items").then().statusCode(200)
                .body("lineItems.find { it.id == '" + charge.id + "' }.amount.amount", equalTo("2138.00"));

        send(cancelled(order));
        await().atMost(Duration.ofSeconds(20)).until(() -> credits(order).size() == 1);

        Credit credit = credits(order).get(0);
        assertEquals("2138.00", credit.amount().amount().toPlainString());
        as(DemoUser.CONTOSO_GLOBAL_ADMIN).get("/v1/billing/unbilled/line-items").then().statusCode(200)
                .body("lineItems.find { it.id == '" + credit.id + "' }.amount.amount", equalTo("-2138.00"))
                .body("lineItems.find { it.id == '" + credit.id + "' }.reverses", equalTo(charge.id.toString()));
        CreditIssued event = EventCodec.fromJson(TestKafka.await(CreditIssued.TOPIC,
                r -> r.value().contains(credit.id.toString())).value(), CreditIssued.class);
        assertEquals(order.orderId(), event.orderId());
        assertEquals(charge.id, event.chargeId());
        assertEquals(CreditIssued.Reason.FULL_REFUND, event.reason());
    }

    @Test
    void redeliveredEventsChargeAndCreditOnce() {
        OrderPlaced order = perpetualOrder("50.00", 1);
        Fixtures.sendAndAwait(order);
        send(order);
        // re-published under a new event id; on the same partition, so once it is applied so are the copies before it
        Fixtures.sendAndAwait(new OrderPlaced(UUID.randomUUID(), order.occurredAt(), order.orderId(),
                order.partnerTenantId(), order.customerId(), order.customerTenantId(), order.customerName(),
                order.market(), order.placedBy(), order.lines()));
        OrderCancelled cancellation = cancelled(order);
        Fixtures.sendAndAwait(cancellation);
        send(cancellation);
        Fixtures.sendAndAwait(cancelled(order));

        assertEquals(1, charges(order).size());
        assertEquals(1, credits(order).size());
    }

    @Test
    void aCancellationThatOvertakesItsOrderIsCreditedWhenTheOrderArrives() {
        OrderPlaced order = perpetualOrder("10.00", 3);
        send(cancelled(order));
        send(order);

        await().atMost(Duration.ofSeconds(20)).until(() -> credits(order).size() == 1);
        assertEquals("30.00", credits(order).get(0).amount().amount().toPlainString());
    }

    @Test
    void onlyThePartnersBillingAdminsSeeItsLineItems() {
        OrderPlaced order = perpetualOrder("20.00", 1);
        send(order);
        await().atMost(Duration.ofSeconds(20)).until(() -> charges(order).size() == 1);
        String chargeId = charges(order).get(0).id.toString();

        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/billing/unbilled/line-items").then().statusCode(403);
        as(DemoUser.ADATUM_ADMIN).get("/v1/billing/unbilled/line-items").then().statusCode(403);
        as(DemoUser.FABRIKAM_GLOBAL_ADMIN).get("/v1/billing/unbilled/line-items").then().statusCode(200)
                .body("lineItems.id", not(hasItem(chargeId)));
        as(DemoUser.CONTOSO_GLOBAL_ADMIN).queryParam("currency", "usd").get("/v1/billing/unbilled/line-items").then()
                .statusCode(400).contentType("application/problem+json");
        given().get("/v1/billing/unbilled/line-items").then().statusCode(401);
    }

    private static OrderPlaced perpetualOrder(String price, int quantity) {
        OrderPlaced.Line line = new OrderPlaced.Line(UUID.randomUUID(), "ws", "ws-std", "Windows Server Standard",
                ProductKind.PERPETUAL_SOFTWARE, quantity, null, BillingFrequency.ONE_TIME, Money.of(price, "USD"), false, 1);
        return new OrderPlaced(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), DemoTenants.CONTOSO,
                UUID.randomUUID(), DemoTenants.ADATUM, "Adatum Corporation", "US", AGENT, List.of(line));
    }

    private static OrderCancelled cancelled(OrderPlaced order) {
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), order.orderId(), order.partnerTenantId(),
                order.customerId(), order.customerTenantId(), order.occurredAt(), AGENT,
                order.lines().stream().map(OrderPlaced.Line::lineId).toList(), java.util.List.of());
    }

    private static void send(Event event) {
        TestKafka.send(event.topic(), event.key(), EventCodec.toJson(event));
    }

    private static io.restassured.specification.RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user));
    }

    private static List<Charge> charges(OrderPlaced order) {
        return QuarkusTransaction.requiringNew().call(() -> Charge.list("orderId", order.orderId()));
    }

    private static List<Credit> credits(OrderPlaced order) {
        return QuarkusTransaction.requiringNew().call(() -> Credit.list("orderId", order.orderId()));
    }
}
