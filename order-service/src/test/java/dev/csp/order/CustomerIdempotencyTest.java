package dev.csp.order;

import static dev.csp.order.Api.as;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.order.domain.Customer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on adding a customer, now that the key lives in service-kit: created once, answered the same. */
@QuarkusTest
class CustomerIdempotencyTest {

    @Test
    void aRepeatedCustomerWithTheSameKeyIsAddedOnceAndAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String name = "Customer " + UUID.randomUUID();
        Map<String, Object> customer = customer(name);

        ExtractableResponse<Response> first = add(key, customer).statusCode(201).extract();
        ExtractableResponse<Response> again = add(key, customer).statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertEquals(first.body().jsonPath().getMap(""), again.body().jsonPath().getMap(""));
        assertEquals(first.header("Location"), again.header("Location"));
        add(key, customer("Customer " + UUID.randomUUID())).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Customer.count("name", name)));
    }

    private static Map<String, Object> customer(String name) {
        return Map.of("name", name, "newTenant", true,
                "domain", "c" + UUID.randomUUID().toString().substring(0, 8) + ".example", "market", "US");
    }

    private static ValidatableResponse add(String key, Map<String, Object> customer) {
        return as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key).body(customer).post("/v1/customers").then();
    }
}
