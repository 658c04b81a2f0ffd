package dev.csp.entitlement;

import static dev.csp.entitlement.Purchases.anyone;
import static dev.csp.entitlement.Purchases.as;
import static dev.csp.entitlement.Purchases.createLink;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.csp.entitlement.Purchases.Purchase;
import dev.csp.events.EventCodec;
import dev.csp.events.activity.DownloadLinkCreated;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.DemoUser;
import dev.csp.testing.MutableClock;
import dev.csp.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on "Copy Link": a retry answers the same link and makes no other, while the idempotency table keeps
 * the link's id and never its URL, the credential; a link revoked or expired since is not handed out again.
 */
@QuarkusTest
class DownloadLinkIdempotencyTest {

    @Inject
    EntityManager entityManager;

    @Inject
    MutableClock clock;

    @Test
    void theSameKeyTwiceAnswersTheSameLinkAndMakesOneLinkOnly() {
        Purchase purchase = Purchases.buy(1);
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = create(key, purchase, purchase.build()).then().statusCode(201).extract();
        ExtractableResponse<Response> again = create(key, purchase, purchase.build()).then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Cache-Control", "no-store").extract();

        assertEquals(first.body().jsonPath().getMap(""), again.body().jsonPath().getMap(""));
        assertEquals(first.header("Location"), again.header("Location"));
        anyone().get(again.<String>path("url")).then().statusCode(200);
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then()
                .statusCode(200).body("linkId", contains(first.<String>path("linkId")));

        UUID marker = UUID.fromString(createLink(DemoUser.CONTOSO_ADMIN_AGENT, purchase.entitlement(), purchase.build())
                .then().statusCode(201).extract().path("linkId"));
        String entitlementId = purchase.entitlement().id.toString();
        List<DownloadLinkCreated> created = TestKafka.readUntil(DownloadLinkCreated.TOPIC,
                        r -> r.value().contains(marker.toString()), Duration.ofSeconds(60)).stream()
                .filter(r -> r.value().contains(entitlementId))
                .map(r -> EventCodec.fromJson(r.value(), DownloadLinkCreated.class))
                .filter(e -> !e.linkId().equals(marker)).toList();
        assertEquals(List.of(UUID.fromString(first.path("linkId"))),
                created.stream().map(DownloadLinkCreated::linkId).toList(), "one link, one activity record");
    }

    @Test
    void theSameKeyForAnotherBuildOrEntitlementIsRefusedAndMakesNothing() {
        Purchase purchase = Purchases.buy(2);
        String key = UUID.randomUUID().toString();
        create(key, purchase, purchase.build()).then().statusCode(201);

        create(key, purchase, purchase.builds().get(1)).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("idempotency-key-reused"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).header("Idempotency-Key", key).contentType("application/json")
                .body(body(purchase.build()))
                .post("/v1/entitlements/{id}/download-links", purchase.entitlements().get(1).id).then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then()
                .statusCode(200).body("size()", equalTo(1));
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/download-links", purchase.entitlements().get(1).id)
                .then().statusCode(200).body("size()", equalTo(0));
        // keys are the user's: another user's same key is another request
        create(DemoUser.ADATUM_ADMIN, key, purchase, purchase.builds().get(1)).then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theIdempotencyTableKeepsTheLinksIdAndNeverItsUrl() {
        Purchase purchase = Purchases.buy(1);
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = create(key, purchase, purchase.build()).then().statusCode(201).extract();
        String url = first.path("url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        String signature = token.substring(token.indexOf('.') + 1);

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select status, body, location from idempotency_key where idem_key = :key")
                .setParameter("key", key).getSingleResult());
        assertEquals(201, ((Number) stored[0]).intValue());
        assertEquals("{\"linkId\":\"" + first.path("linkId") + "\"}", stored[1], "the link's id alone");
        assertNull(stored[2], "the Location is the link itself");
        long holding = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from idempotency_key where body like :part or location like :part")
                .setParameter("part", "%" + signature + "%").getSingleResult()).longValue());
        assertEquals(0, holding, "no row holds the link's signature");
    }

    @Test
    void aRetryAfterTheLinkWasRevokedIsGoneAndMakesNoNewLink() {
        Purchase purchase = Purchases.buy(1);
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = create(key, purchase, purchase.build()).then().statusCode(201).extract();
        as(DemoUser.ADATUM_ADMIN).delete("/v1/entitlements/{id}/download-links/{linkId}", purchase.entitlement().id,
                first.path("linkId")).then().statusCode(204);

        create(key, purchase, purchase.build()).then().statusCode(410).contentType("application/problem+json")
                .body("code", equalTo("download-link-revoked")).body("detail", containsString("new request"));
        anyone().get(first.<String>path("url")).then().statusCode(410);
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then()
                .statusCode(200).body("state", contains("REVOKED"));
        String fresh = create(UUID.randomUUID().toString(), purchase, purchase.build()).then().statusCode(201)
                .extract().path("url");
        assertNotEquals(first.path("url"), fresh);
        anyone().get(fresh).then().statusCode(200);
    }

    @Test
    void aRetryAfterTheLinkExpiredIsGone() {
        Purchase purchase = Purchases.buy(1);
        String key = UUID.randomUUID().toString();
        create(key, purchase, purchase.build()).then().statusCode(201);
        try {
            clock.advance(Duration.ofMinutes(61));
            create(key, purchase, purchase.build()).then().statusCode(410).body("code", equalTo("download-link-expired"));
        } finally {
            clock.reset();
        }
        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then()
                .statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aRefusedFirstAttemptKeepsNoKey() {
        Purchase purchase = Purchases.buy(1);
        String key = UUID.randomUUID().toString();
        ProductPublished.Download unknown = CatalogEvents.download("1999", "en-US", "x64", "none.iso", 1);
        create(key, purchase, unknown).then().statusCode(422).body("code", equalTo("unknown-download"));
        create(DemoUser.CONTOSO_SALES_AGENT, key, purchase, purchase.build()).then().statusCode(403);

        create(key, purchase, purchase.build()).then().statusCode(201);
        create(key, purchase, purchase.build()).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    private static Response create(String key, Purchase purchase, ProductPublished.Download build) {
        return create(DemoUser.CONTOSO_ADMIN_AGENT, key, purchase, build);
    }

    private static Response create(DemoUser user, String key, Purchase purchase, ProductPublished.Download build) {
        return as(user).header("Idempotency-Key", key).contentType("application/json").body(body(build))
                .post("/v1/entitlements/{id}/download-links", purchase.entitlement().id);
    }

    private static Map<String, String> body(ProductPublished.Download build) {
        return Map.of("version", build.version(), "language", build.language(), "bitness", build.bitness());
    }
}
