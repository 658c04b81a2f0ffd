package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on the catalog's creating POSTs (service-kit Idempotency). */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void aRepeatedProductCreationWithTheSameKeyCreatesOnceAndAnswersTheSame() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        Map<String, Object> product = Map.of("id", id, "name", "Test product " + id, "kind", "PERPETUAL_SOFTWARE",
                "publisher", "Contoso Labs");

        ExtractableResponse<Response> first = create(key, product).statusCode(201).extract();
        ExtractableResponse<Response> again = create(key, product).statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertEquals(first.body().jsonPath().getMap(""), again.body().jsonPath().getMap(""));
        assertEquals(first.header("Location"), again.header("Location"));
        create(UUID.randomUUID().toString(), product).statusCode(409); // it was created once: a new key finds it
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "test-" + UUID.randomUUID().toString().substring(0, 8);
        create(key, Map.of("id", id, "name", "Test " + id, "kind", "PERPETUAL_SOFTWARE", "publisher", "Contoso Labs"))
                .statusCode(201);

        create(key, Map.of("id", other, "name", "Test " + other, "kind", "PERPETUAL_SOFTWARE", "publisher", "Contoso Labs"))
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("idempotency-key-reused"));
        create(UUID.randomUUID().toString(), Map.of("id", other, "name", "Test " + other, "kind", "PERPETUAL_SOFTWARE",
                "publisher", "Contoso Labs")).statusCode(201); // the refused request created nothing
    }

    private static ValidatableResponse create(String key, Map<String, Object> product) {
        return given().header("Authorization", TestTokens.bearer(DemoUser.OPS_CATALOG_ADMIN)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(product).post("/v1/products").then();
    }
}
