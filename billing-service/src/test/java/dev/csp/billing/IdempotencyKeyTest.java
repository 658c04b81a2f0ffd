package dev.csp.billing;

import static dev.csp.billing.Fixtures.as;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.billing.Fixtures.sendAndAwait;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.kit.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on closing a period (service-kit Idempotency): a retry answers the first 201, not a 200. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void aRepeatedCloseWithTheSameKeyReplaysTheFirstAnswerAndAnotherPeriodIsRefused() {
        UUID partner = UUID.randomUUID();
        sendAndAwait(order(partner, Instant.parse("2025-05-10T10:00:00Z"), perpetual("100.00", "USD", 1)));
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = close(partner, key, "2025-05").statusCode(201).extract();
        ExtractableResponse<Response> again = close(partner, key, "2025-05").statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertEquals(first.body().jsonPath().getMap(""), again.body().jsonPath().getMap(""));
        assertEquals(first.header("Location"), again.header("Location"));
        close(partner, key, "2025-04").statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"));
        as(partner, Roles.ACCOUNT_ADMIN).get("/v1/invoices").then().statusCode(200)
                .body("id", equalTo(List.of(first.path("id").toString())));
    }

    private static io.restassured.response.ValidatableResponse close(UUID partner, String key, String period) {
        return as(partner, Roles.ACCOUNT_ADMIN).header("Idempotency-Key", key)
                .post("/v1/billing/periods/{p}/close", period).then();
    }
}
