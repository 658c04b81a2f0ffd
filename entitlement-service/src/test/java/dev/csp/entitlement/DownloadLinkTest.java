package dev.csp.entitlement;

import static dev.csp.entitlement.Purchases.anyone;
import static dev.csp.entitlement.Purchases.as;
import static dev.csp.entitlement.Purchases.createLink;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.entitlement.Purchases.Purchase;
import dev.csp.entitlement.domain.Entitlement;
import dev.csp.events.EventCodec;
import dev.csp.events.ProductKind;
import dev.csp.events.activity.DownloadLinkCreated;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderPlaced;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Get keys and downloads": the builds each item offers, and who may make a copyable link to one. */
@QuarkusTest
class DownloadLinkTest {

    @Inject
    EntityManager entityManager;

    @Test
    void eachListedItemShowsItsBuilds() {
        Purchase purchase = Purchases.buy(1);

        as(DemoUser.ADATUM_ADMIN).get("/v1/entitlements").then().statusCode(200)
                .body("find { it.id == '" + purchase.entitlement().id + "' }.downloads.language", hasItems("en-US", "de-DE"))
                .body("find { it.id == '" + purchase.entitlement().id + "' }.downloads[0].bitness", equalTo("x64"));
        as(DemoUser.CONTOSO_GLOBAL_ADMIN).queryParam("customerId", OrderEvents.ADATUM_CUSTOMER).get("/v1/entitlements")
                .then().statusCode(200).body("find { it.id == '" + purchase.entitlement().id + "' }.downloads.sha256",
                        hasItem(purchase.build().sha256()));
    }

    @Test
    void theNewestRevisionOfAProductWinsWhateverTheOrderOfArrival() {
        Purchase purchase = Purchases.buy(1);
        String productId = purchase.order().lines().get(0).productId();
        List<String> skus = List.of(purchase.entitlement().skuId);
        ProductPublished newest = CatalogEvents.product(productId, 3, skus,
                CatalogEvents.download("2026", "fr-FR", "arm64", productId + ".iso", 10));
        ProductPublished older = CatalogEvents.product(productId, 2, skus,
                CatalogEvents.download("2024", "it-IT", "x86", productId + "-old.iso", 10));
        OrderEvents.send(newest);
        OrderEvents.send(older);
        OrderEvents.send(newest);
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(older.eventId()));

        as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}", purchase.entitlement().id).then().statusCode(200)
                .body("downloads.size()", equalTo(1)).body("downloads[0].version", equalTo("2026"));
        createLink(DemoUser.CONTOSO_ADMIN_AGENT, purchase.entitlement(), purchase.build()).then().statusCode(422)
                .body("code", equalTo("unknown-download"));
    }

    private boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).intValue() == 1);
    }

    @Test
    void theAdminAgentAndTheCustomersAdminGetLinksThatExpireInAnHour() {
        Purchase purchase = Purchases.buy(1);

        var created = createLink(DemoUser.ADATUM_ADMIN, purchase.entitlement(), purchase.build()).then().statusCode(201)
                .header("Cache-Control", "no-store").body("fileName", equalTo(purchase.build().fileName()))
                .body("sha256", equalTo(purchase.build().sha256())).extract();
        createLink(DemoUser.CONTOSO_ADMIN_AGENT, purchase.entitlement(), purchase.build()).then().statusCode(201);

        Instant expiresAt = Instant.parse(created.path("expiresAt"));
        Duration lifetime = Duration.between(Instant.now(), expiresAt);
        assertTrue(lifetime.compareTo(Duration.ofMinutes(59)) > 0 && lifetime.compareTo(Duration.ofMinutes(61)) < 0,
                lifetime.toString());
        String url = created.path("url");
        assertEquals(url, created.header("Location"));
        DownloadLinkCreated event = EventCodec.fromJson(Purchases.awaitRecord(DownloadLinkCreated.TOPIC,
                r -> r.value().contains(created.path("linkId").toString())).value(), DownloadLinkCreated.class);
        assertEquals("adatum-admin", event.actor().userName());
        assertEquals("customer-global-admin", event.actor().role());
        assertEquals(expiresAt, event.expiresAt());
        assertFalse(EventCodec.toJson(event).contains(url.substring(url.lastIndexOf('/') + 1)), "no token in events");
    }

    @Test
    void nobodyElseGetsALink() {
        Purchase purchase = Purchases.buy(1);
        Entitlement entitlement = purchase.entitlement();
        ProductPublished.Download build = purchase.build();

        createLink(DemoUser.CONTOSO_SALES_AGENT, entitlement, build).then().statusCode(403);
        createLink(DemoUser.CONTOSO_GLOBAL_ADMIN, entitlement, build).then().statusCode(403);
        createLink(DemoUser.ADATUM_USER, entitlement, build).then().statusCode(403);
        createLink(DemoUser.FABRIKAM_ADMIN_AGENT, entitlement, build).then().statusCode(404);
        createLink(DemoUser.LITWARE_ADMIN, entitlement, build).then().statusCode(404);
        createLink(DemoUser.NORTHWIND_ADMIN, entitlement, build).then().statusCode(404);
        given().contentType("application/json").body(Map.of("version", "2025", "language", "en-US", "bitness", "x64"))
                .post("/v1/entitlements/{id}/download-links", entitlement.id).then().statusCode(401);
        TestKafka.readUntil(DownloadLinkCreated.TOPIC, r -> false, Duration.ofSeconds(2)).forEach(r ->
                assertFalse(r.value().contains(entitlement.id.toString()), "a refused request publishes nothing"));
    }

    @Test
    void theCustomersOwnViewShowsNothingOfOtherCustomers() {
        Purchase purchase = Purchases.buy(1);

        as(DemoUser.ADATUM_ADMIN).get("/v1/entitlements/{id}", purchase.entitlement().id).then().statusCode(200);
        as(DemoUser.LITWARE_ADMIN).get("/v1/entitlements/{id}", purchase.entitlement().id).then().statusCode(404);
        as(DemoUser.ADATUM_USER).get("/v1/entitlements").then().statusCode(403);
        as(DemoUser.ADATUM_USER).get("/v1/entitlements/{id}", purchase.entitlement().id).then().statusCode(403);
        given().get("/v1/entitlements").then().statusCode(401);
        given().get("/v1/entitlements/{id}", purchase.entitlement().id).then().statusCode(401);
    }

    @Test
    void badRequestsAreExplainedAndChangeNothing() {
        Purchase purchase = Purchases.buy(1);
        OrderPlaced reservation = OrderEvents.placed(ProductKind.AZURE_RESERVATION);
        OrderEvents.send(reservation);
        await().atMost(Duration.ofSeconds(60)).until(() -> Purchases.entitlementsOf(reservation).size() == 1);

        as(DemoUser.CONTOSO_ADMIN_AGENT).contentType("application/json").body(Map.of("version", "2025"))
                .post("/v1/entitlements/{id}/download-links", purchase.entitlement().id).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("language", "bitness"));
        createLink(DemoUser.CONTOSO_ADMIN_AGENT, purchase.entitlement(),
                CatalogEvents.download("1999", "en-US", "x64", "none.iso", 1)).then().statusCode(422)
                .body("code", equalTo("unknown-download"));
        createLink(DemoUser.CONTOSO_ADMIN_AGENT, Purchases.entitlementsOf(reservation).get(0), purchase.build()).then()
                .statusCode(409).body("code", equalTo("no-downloads"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).contentType("application/json").body(Map.of("version", "2025"))
                .post("/v1/entitlements/{id}/download-links", UUID.randomUUID()).then().statusCode(400);
    }

    @Test
    void aCancellationThatOvertakesItsOrderLeavesNoWorkingLink() {
        String productId = "p-" + UUID.randomUUID();
        ProductPublished.Download build = CatalogEvents.download("2025", "en-US", "x64", productId + ".iso", 100);
        OrderEvents.send(CatalogEvents.product(productId, 1, List.of(productId + "-sku"), build));
        OrderPlaced order = OrderEvents.placedSkus(productId, productId + "-sku");
        OrderEvents.send(OrderEvents.cancelled(order));
        OrderEvents.send(order);

        await().atMost(Duration.ofSeconds(60)).until(() -> Purchases.entitlementsOf(order).size() == 1
                && Purchases.entitlementsOf(order).get(0).isRevoked());
        Entitlement entitlement = Purchases.entitlementsOf(order).get(0);
        createLink(DemoUser.CONTOSO_ADMIN_AGENT, entitlement, build).then().statusCode(410)
                .body("code", equalTo("entitlement-revoked"));
        createLink(DemoUser.ADATUM_ADMIN, entitlement, build).then().statusCode(410);
        as(DemoUser.ADATUM_ADMIN).get("/v1/entitlements/{id}", entitlement.id).then().statusCode(200)
                .body("keyAvailable", equalTo(false)).body("downloads.size()", equalTo(0));
    }

    @Test
    void aFileThatDoesNotMatchItsPublishedChecksumIsNotServed() {
        String productId = "p-" + UUID.randomUUID();
        ProductPublished.Download wrong = new ProductPublished.Download("2025", "en-US", "x64", productId + ".iso", 100,
                "0".repeat(64));
        OrderEvents.send(CatalogEvents.product(productId, 1, List.of(productId + "-sku"), wrong));
        OrderPlaced order = OrderEvents.placedSkus(productId, productId + "-sku");
        OrderEvents.send(order);
        await().atMost(Duration.ofSeconds(60)).until(() -> Purchases.entitlementsOf(order).size() == 1
                && as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}", Purchases.entitlementsOf(order).get(0).id)
                .path("downloads.size()").equals(1));

        String url = Purchases.linkFor(Purchases.entitlementsOf(order).get(0), wrong);
        anyone().get(url).then().statusCode(500).contentType("application/problem+json")
                .body("code", equalTo("download-integrity"));
    }
}
