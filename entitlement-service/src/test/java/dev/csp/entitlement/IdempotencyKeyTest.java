package dev.csp.entitlement;

import static dev.csp.entitlement.Purchases.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.entitlement.Purchases.Purchase;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.DemoUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on "Copy Link" (service-kit Idempotency): a retry answers the same link, not a second one. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void aRepeatedLinkRequestWithTheSameKeyMakesOneLinkAndAnotherBuildIsRefused() {
        Purchase purchase = Purchases.buy(1);
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = link(key, purchase, purchase.builds().get(0)).statusCode(201).extract();
        ExtractableResponse<Response> again = link(key, purchase, purchase.builds().get(0)).statusCode(201)
                .header("Idempotent-Replayed", "true").header("Cache-Control", "no-store").extract();

        assertEquals(first.body().jsonPath().getMap(""), again.body().jsonPath().getMap(""));
        assertEquals(first.header("Location"), again.header("Location"));
        link(key, purchase, purchase.builds().get(1)).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"));
        List<Object> made = as(DemoUser.CONTOSO_ADMIN_AGENT)
                .get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then().statusCode(200)
                .extract().path("");
        assertEquals(1, made.size());
    }

    private static ValidatableResponse link(String key, Purchase purchase, ProductPublished.Download build) {
        return as(DemoUser.CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key).contentType("application/json")
                .body(java.util.Map.of("version", build.version(), "language", build.language(), "bitness", build.bitness()))
                .post("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then();
    }
}
