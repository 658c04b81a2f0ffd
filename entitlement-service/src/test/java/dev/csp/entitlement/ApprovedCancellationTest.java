package dev.csp.entitlement;

import static dev.csp.entitlement.Purchases.anyone;
import static dev.csp.entitlement.Purchases.as;
import static dev.csp.entitlement.Purchases.entitlementsOf;
import static dev.csp.entitlement.Purchases.linkFor;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.entitlement.Purchases.Purchase;
import dev.csp.events.Actor;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.events.order.OrderCancelled;
import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A line cancelled by support's approval of a refund request (order-cancelled naming the request) loses its key and
 * every link, as any cancellation: 410, the item still listed without a key; the other line of the order keeps both.
 */
@QuarkusTest
class ApprovedCancellationTest {

    private static final Actor SUPPORT = new Actor("u9", "ops-support-agent", DemoTenants.OPERATIONS, "support-agent");

    @Test
    void theApprovedLineAnswers410ForItsKeyAndLinksAndStaysListedOnceHoweverOftenTheEventArrives() {
        Purchase purchase = Purchases.buy(2);
        var approved = purchase.entitlements().get(0);
        var other = purchase.entitlements().get(1);
        String link = linkFor(approved, purchase.build());
        String otherLink = linkFor(other, purchase.build());
        anyone().get(link).then().statusCode(200);

        OrderCancelled cancellation = new OrderCancelled(UUID.randomUUID(), Instant.now(), purchase.order().orderId(),
                purchase.order().partnerTenantId(), purchase.order().customerId(), purchase.order().customerTenantId(),
                purchase.order().occurredAt(), SUPPORT, List.of(approved.lineId),
                List.of(new OrderCancelled.CancelledLine(approved.lineId, ProductPublished.RefundKind.NONE,
                        dev.csp.events.Money.of("100.00", "USD"))),
                UUID.randomUUID());
        OrderEvents.send(cancellation);
        OrderEvents.send(cancellation);
        await().atMost(Duration.ofSeconds(60)).until(() -> entitlementsOf(purchase.order()).stream()
                .filter(e -> e.id.equals(approved.id)).findFirst().orElseThrow().isRevoked());

        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", approved.id).then().statusCode(410)
                .contentType("application/problem+json").body("code", equalTo("entitlement-revoked"));
        anyone().get(link).then().statusCode(410);
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("customerId", OrderEvents.ADATUM_CUSTOMER).get("/v1/entitlements")
                .then().statusCode(200);
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}", approved.id).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("keyAvailable", equalTo(false));

        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/key", other.id).then().statusCode(200);
        anyone().get(otherLink).then().statusCode(200);
        assertEquals(1, TestKafka.readUntil(EntitlementRevoked.TOPIC, r -> false, Duration.ofSeconds(3)).stream()
                .filter(r -> r.value().contains(approved.id.toString())).count(), "revoked once");
    }
}
