package dev.csp.order;

import static dev.csp.order.Api.ACKNOWLEDGED;
import static dev.csp.order.Api.as;
import static dev.csp.order.Api.line;
import static dev.csp.order.Api.lineIds;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.perpetualAndReservation;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.CONTOSO_GLOBAL_ADMIN;
import static dev.csp.testing.DemoUser.FABRIKAM_ADMIN_AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderCancelled;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CancellationTest extends CatalogAndClockTest {

    @Test
    void cancellingWithinTheWindowConfirmsAtOnceAndPublishesOrderCancelled() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);

        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, orderId).then()
                .statusCode(200).body("cancellable", equalTo(true)).body("daysRemaining", equalTo(60))
                .body("supportRequestUrl", nullValue());
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED)
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, orderId).then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("contoso-admin-agent"))
                .body("lines[0].status", equalTo("CANCELLED"));

        OrderCancelled event = cancelledEvent(orderId);
        assertEquals(1, event.lineIds().size());
        assertEquals(ProductPublished.RefundKind.FULL, event.lines().get(0).refundKind());
        assertEquals("2138.00", event.lines().get(0).amountPaid().amount().toPlainString());
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED)
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, orderId).then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("already-cancelled"));
    }

    @Test
    void theWindowIsOpenTheWholeFirstDayAndUntilTheLastInstantBeforeSixtyTimesTwentyFourHours() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String firstDay = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String inside = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String outside = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        Instant windowEnd = placedAt(customer, outside).plus(Duration.ofDays(60));

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        eligibility(customer, firstDay).body("cancellable", equalTo(true)).body("daysRemaining", equalTo(60));
        cancel(customer, firstDay).statusCode(200);

        // the request itself takes a few milliseconds, so "the last instant inside" is two seconds before the end
        moveClockTo(placedAt(customer, inside).plus(Duration.ofDays(60)).minusSeconds(2));
        eligibility(customer, inside).body("cancellable", equalTo(true)).body("daysRemaining", equalTo(1));
        cancel(customer, inside).statusCode(200);

        moveClockTo(windowEnd);
        eligibility(customer, outside).body("cancellable", equalTo(false))
                .body("reason", equalTo("cancellation-window-passed"))
                .body("windowEndsAt", equalTo(windowEnd.toString()));
        cancel(customer, outside).statusCode(409).body("code", equalTo("cancellation-window-passed"));
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, outside).then()
                .body("status", equalTo("PLACED"));
    }

    @Test
    void someLinesCanBeCancelledAndTheRestLater() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, perpetualAndReservation());
        List<String> lines = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId);
        Map<String, Object> firstLine = Map.of("acknowledged", true, "lineIds", List.of(lines.get(0)));

        as(CONTOSO_ADMIN_AGENT).body(firstLine).post(cancellations(customer, orderId)).then().statusCode(200)
                .body("status", equalTo("PARTIALLY_CANCELLED"))
                .body("lines[0].status", equalTo("CANCELLED")).body("lines[0].cancelledAt", notNullValue())
                .body("lines[1].status", equalTo("ACTIVE"));
        OrderCancelled first = cancelledEvent(orderId);
        assertEquals(List.of(lines.get(0)), first.lineIds().stream().map(Object::toString).toList());

        as(CONTOSO_ADMIN_AGENT).body(firstLine).post(cancellations(customer, orderId)).then()
                .statusCode(409).body("code", equalTo("already-cancelled"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("acknowledged", true, "lineIds", List.of(java.util.UUID.randomUUID())))
                .post(cancellations(customer, orderId)).then().statusCode(422).body("code", equalTo("unknown-line"));

        cancel(customer, orderId).statusCode(200).body("status", equalTo("CANCELLED"))
                .body("lines[1].status", equalTo("CANCELLED"));
        OrderCancelled rest = TestKafka.readUntil(OrderCancelled.TOPIC, r -> false, Duration.ofSeconds(3)).stream()
                .filter(r -> orderId.equals(r.key())).map(r -> EventCodec.fromJson(r.value(), OrderCancelled.class))
                .filter(e -> e.lineIds().contains(java.util.UUID.fromString(lines.get(1)))).findFirst().orElseThrow();
        assertEquals(ProductPublished.RefundKind.PRORATED, rest.lines().get(0).refundKind());
        assertEquals("876.00", rest.lines().get(0).amountPaid().amount().toPlainString());
    }

    @Test
    void suseAndRedHatPlansCannotBeCancelledButTheOtherLinesOfTheOrderCan() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String suseOnly = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.SUSE_SKU, "P1Y");
        String mixed = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(
                line(CatalogFixture.SUSE_SKU, 1, "P1Y"), line(CatalogFixture.PERPETUAL_SKU, 1, null)));

        cancel(customer, suseOnly).statusCode(409).body("code", equalTo("not-cancellable"));
        cancel(customer, mixed).statusCode(409).body("code", equalTo("not-cancellable"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("acknowledged", true,
                        "lineIds", List.of(lineIds(CONTOSO_ADMIN_AGENT, customer, mixed).get(1))))
                .post(cancellations(customer, mixed)).then().statusCode(200)
                .body("status", equalTo("PARTIALLY_CANCELLED")).body("lines[0].status", equalTo("ACTIVE"));
    }

    @Test
    void cancellingMoreThanThePolicyAllowsAloneNeedsASupportRequest() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        // two lines of 30 × 1069.00 USD: 32,070.00 each, 64,140.00 together; the policy's limit is 50,000.00 USD
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(
                line(CatalogFixture.PERPETUAL_SKU, 30, null), line(CatalogFixture.PERPETUAL_SKU, 30, null)));
        String supportLink = "/v1/support-requests?orderId=" + orderId;

        eligibility(customer, orderId).body("cancellable", equalTo(false))
                .body("reason", equalTo("support-request-required")).body("supportRequestUrl", equalTo(supportLink))
                .body("leftBeforeSupportRequest.amount", equalTo("50000.00"))
                .body("leftBeforeSupportRequest.currency", equalTo("USD"));
        cancel(customer, orderId).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("support-request-required")).body("supportRequestUrl", equalTo(supportLink));

        String oneLine = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId).get(0);
        as(CONTOSO_ADMIN_AGENT).queryParam("lineId", oneLine)
                .get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, orderId).then()
                .body("cancellable", equalTo(true));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("acknowledged", true, "lineIds", List.of(oneLine)))
                .post(cancellations(customer, orderId)).then().statusCode(200);

        // the limit counts what the order has had cancelled: the other line alone would take it to 64,140.00
        String otherLine = lineIds(CONTOSO_ADMIN_AGENT, customer, orderId).get(1);
        as(CONTOSO_ADMIN_AGENT).queryParam("lineId", otherLine)
                .get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, orderId).then()
                .body("cancellable", equalTo(false)).body("reason", equalTo("support-request-required"))
                .body("leftBeforeSupportRequest.amount", equalTo("17930.00"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("acknowledged", true, "lineIds", List.of(otherLine)))
                .post(cancellations(customer, orderId)).then().statusCode(409)
                .body("code", equalTo("support-request-required")).body("supportRequestUrl", equalTo(supportLink));
    }

    @Test
    void anOrderKeepsThePolicyVersionInForceWhenItWasPlacedAfterANewVersionTakesEffect() {
        String product = "test-versioned-" + java.util.UUID.randomUUID();
        String sku = product + "-sku";
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // version 1 lets a partner cancel up to 50,000.00 USD of an order alone; version 2, in force from today, 5,000.00
        ProductPublished.CancellationPolicy v1 = new ProductPublished.CancellationPolicy(1, today.minusYears(1), true, 60,
                ProductPublished.RefundKind.FULL, List.of(Money.of("50000.00", "USD")));
        ProductPublished.CancellationPolicy v2 = new ProductPublished.CancellationPolicy(2, today, true, 60,
                ProductPublished.RefundKind.FULL, List.of(Money.of("5000.00", "USD")));
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        CatalogFixture.publishVersioned(product, sku, 1, List.of(v1));
        // 5 × 1069.00 = 5,345.00: within version 1's limit, above version 2's
        String underV1 = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(line(sku, 5, null)));
        CatalogFixture.publishVersioned(product, sku, 2, List.of(v1, v2));
        String underV2 = placeOrder(CONTOSO_ADMIN_AGENT, customer, List.of(line(sku, 5, null)));

        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, underV1).then()
                .body("lines[0].policyVersion", equalTo(1));
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, underV2).then()
                .body("lines[0].policyVersion", equalTo(2));
        eligibility(customer, underV1).body("cancellable", equalTo(true))
                .body("leftBeforeSupportRequest.amount", equalTo("50000.00"));
        eligibility(customer, underV2).body("cancellable", equalTo(false))
                .body("reason", equalTo("support-request-required"))
                .body("leftBeforeSupportRequest.amount", equalTo("5000.00"));
    }

    @Test
    void ofTwoConcurrentCancellationsOneWinsAndTheOtherIsAConflict() throws Exception {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);

        List<Integer> statuses = OrderLock.whileLocked(orderId, 2,
                () -> cancel(customer, orderId).extract().statusCode(),
                () -> cancel(customer, orderId).extract().statusCode());

        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        long events = TestKafka.readUntil(OrderCancelled.TOPIC, r -> false, Duration.ofSeconds(3)).stream()
                .filter(r -> orderId.equals(r.key())).count();
        assertEquals(1, events);
    }

    @Test
    void cancellingNeedsTheAcknowledgementAnAdminAgentAndTheCustomersOwnPartner() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String path = cancellations(customer, orderId);

        as(CONTOSO_ADMIN_AGENT).body(Map.of("acknowledged", false)).post(path).then()
                .statusCode(400).body("code", equalTo("acknowledgement-required"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of()).post(path).then()
                .statusCode(400).body("code", equalTo("invalid-request"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("acknowledged", true, "lineIds", List.of("not-a-uuid"))).post(path).then()
                .statusCode(400).body("code", equalTo("malformed-body"));
        as(CONTOSO_GLOBAL_ADMIN).body(ACKNOWLEDGED).post(path).then().statusCode(403);
        as(FABRIKAM_ADMIN_AGENT).body(ACKNOWLEDGED).post(path).then().statusCode(404);
        as(FABRIKAM_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, orderId).then()
                .statusCode(404);

        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, orderId).then()
                .body("status", equalTo("PLACED"));
    }

    private Instant placedAt(String customer, String orderId) {
        return Instant.parse(as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, orderId).then()
                .extract().path("placedAt"));
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private static io.restassured.response.ValidatableResponse eligibility(String customer, String orderId) {
        return as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, orderId)
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse cancel(String customer, String orderId) {
        return as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED).post(cancellations(customer, orderId)).then();
    }

    private static String cancellations(String customer, String orderId) {
        return "/v1/customers/" + customer + "/orders/" + orderId + "/cancellations";
    }

    private static OrderCancelled cancelledEvent(String orderId) {
        return EventCodec.fromJson(TestKafka.await(OrderCancelled.TOPIC, r -> orderId.equals(r.key())).value(),
                OrderCancelled.class);
    }
}
