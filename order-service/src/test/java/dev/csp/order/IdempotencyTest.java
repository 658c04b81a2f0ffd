package dev.csp.order;

import static dev.csp.order.Api.ACKNOWLEDGED;
import static dev.csp.order.Api.as;
import static dev.csp.order.Api.line;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.CONTOSO_GLOBAL_ADMIN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.csp.order.domain.Customer;
import dev.csp.order.domain.Order;
import dev.csp.testing.DemoUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on the POSTs that create something: replay, mismatch, in flight, kept 24 hours. */
@QuarkusTest
class IdempotencyTest extends CatalogAndClockTest {

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponseAndCreatesNothingMore() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = order(2);

        ExtractableResponse<Response> first = placeWith(CONTOSO_ADMIN_AGENT, key, customer, order).statusCode(201).extract();
        ExtractableResponse<Response> again = placeWith(CONTOSO_ADMIN_AGENT, key, customer, order).statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertEquals(first.body().jsonPath().getMap(""), again.body().jsonPath().getMap(""));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(1, ordersOf(customer));
    }

    @Test
    void theSameKeyWithAnotherBodyOrOnAnotherEndpointIsRefusedAndChangesNothing() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String key = UUID.randomUUID().toString();
        placeWith(CONTOSO_ADMIN_AGENT, key, customer, order(2)).statusCode(201);

        placeWith(CONTOSO_ADMIN_AGENT, key, customer, order(3)).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("idempotency-key-reused"));
        UUID tenant = UUID.randomUUID();
        as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key)
                .body(Map.of("name", "Other", "tenantId", tenant.toString(), "domain", "other.example", "market", "US"))
                .post("/v1/customers").then().statusCode(422).body("code", equalTo("idempotency-key-reused"));

        assertEquals(1, ordersOf(customer));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Customer.count("tenantId", tenant)));
    }

    @Test
    void keysBelongToOneUserAndAFailedRequestLeavesTheKeyFree() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String key = UUID.randomUUID().toString();

        placeWith(CONTOSO_ADMIN_AGENT, key, customer, Map.of("lines", List.of(line("no-such-sku", 1, null))))
                .statusCode(422).body("code", equalTo("unknown-sku"));
        String mine = placeWith(CONTOSO_ADMIN_AGENT, key, customer, order(2)).statusCode(201).extract().path("id");
        String colleagues = placeWith(CONTOSO_GLOBAL_ADMIN, key, customer, order(2)).statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue()).extract().path("id");

        assertNotEquals(mine, colleagues);
        assertEquals(2, ordersOf(customer));
        placeWith(CONTOSO_ADMIN_AGENT, "x".repeat(256), customer, order(2)).statusCode(400)
                .body("code", equalTo("invalid-idempotency-key"));
    }

    @Test
    void aRetryWhileTheFirstIsStillRunningIsAConflictAndThenAReplay() throws Exception {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String key = UUID.randomUUID().toString();
        String path = "/v1/customers/" + customer + "/orders/" + orderId + "/cancellations";

        Future<Integer> first;
        try (OrderLock lock = OrderLock.hold(orderId)) {
            first = lock.start(() -> as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key).body(ACKNOWLEDGED)
                    .post(path).then().extract().statusCode());
            lock.awaitWaiting(1);
            as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key).body(ACKNOWLEDGED).post(path).then()
                    .statusCode(409).body("code", equalTo("idempotency-key-in-flight"));
        }

        assertEquals(200, first.get());
        as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key).body(ACKNOWLEDGED).post(path).then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("status", equalTo("CANCELLED"));
        as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", UUID.randomUUID().toString()).body(ACKNOWLEDGED).post(path)
                .then().statusCode(409).body("code", equalTo("already-cancelled"));
    }

    @Test
    void keysAreKeptTwentyFourHours() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String key = UUID.randomUUID().toString();
        String first = placeWith(CONTOSO_ADMIN_AGENT, key, customer, order(2)).statusCode(201).extract().path("id");

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        placeWith(CONTOSO_ADMIN_AGENT, key, customer, order(2)).statusCode(201).body("id", equalTo(first));
        placeWith(CONTOSO_ADMIN_AGENT, key, customer, order(3)).statusCode(422);

        clock.advance(Duration.ofMinutes(2));
        placeWith(CONTOSO_ADMIN_AGENT, key, customer, order(3)).statusCode(201).body("id", not(equalTo(first)));
        assertEquals(2, ordersOf(customer));
    }

    private static io.restassured.response.ValidatableResponse placeWith(DemoUser user, String key, String customer,
                                                                         Map<String, Object> order) {
        return as(user).header("Idempotency-Key", key).body(order).post("/v1/customers/{c}/orders", customer).then();
    }

    private static Map<String, Object> order(int quantity) {
        return Map.of("lines", List.of(line(CatalogFixture.PERPETUAL_SKU, quantity, null)));
    }

    private static long ordersOf(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> Order.count("customer.id", UUID.fromString(customer)));
    }
}
