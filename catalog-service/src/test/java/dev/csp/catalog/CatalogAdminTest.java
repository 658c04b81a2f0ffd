package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** catalog-admin writes: validated, refused to everyone else, and each published with a higher revision. */
@QuarkusTest
class CatalogAdminTest {

    @Test
    void aNewProductWithASkuAndPricesIsSoldWhereItIsPricedAndPublishedAtEachRevision() {
        String id = newProduct(ProductKind.SERVER_SUBSCRIPTION);
        String sku = id + "-sku";
        admin().body(Map.of("name", "Test subscription, 8 core", "terms", List.of("P1Y"),
                        "billingOptions", List.of("UPFRONT", "MONTHLY"), "minQuantity", 1, "maxQuantity", 50))
                .put("/v1/products/{p}/skus/{s}", id, sku).then().statusCode(200).body("revision", equalTo(2));
        admin().body(Map.of("prices", List.of(price("US", "P1Y", "120.00", "USD"), price("AU", "P1Y", "185.50", "AUD"))))
                .put("/v1/products/{p}/skus/{s}/prices", id, sku).then().statusCode(200).body("revision", equalTo(3));

        partner().queryParam("market", "AU").get("/v1/products/{p}", id).then().statusCode(200)
                .body("available", equalTo(true)).body("taxIncluded", equalTo(true))
                .body("skus[0].prices[0].unitPrice.amount", equalTo("185.50"))
                .body("cancellationPolicy.refundKind", equalTo("PRORATED"))
                .body("cancellationPolicy.supportRequestAbove.currency", equalTo("AUD"));
        partner().queryParam("market", "DE").get("/v1/products/{p}/skus/{s}/availability", id, sku).then()
                .statusCode(200).body("available", equalTo(false)).body("reason", equalTo("no-price-in-market"));
        ProductPublished third = published(id, 3);
        assertEquals(List.of(Money.of("120.00", "USD"), Money.of("185.50", "AUD")), third.skus().get(0).prices().stream()
                .map(ProductPublished.Price::unitPrice).sorted((a, b) -> b.currency().compareTo(a.currency())).toList());
        assertTrue(third.skus().get(0).prices().stream().anyMatch(p -> p.market().equals("AU") && p.taxIncluded()));
    }

    @Test
    void aProductWithdrawnFromAMarketSaysWhyAndComesBackWhenOfferedAgain() {
        String id = pricedPerpetualProduct();
        admin().body(Map.of("available", false)).put("/v1/products/{p}/availability/{m}", id, "fr").then()
                .statusCode(200).body("withdrawnMarkets", equalTo(List.of("FR")));

        partner().queryParam("market", "FR").get("/v1/products/{p}/skus/{s}/availability", id, id + "-sku").then()
                .body("available", equalTo(false)).body("reason", equalTo("withdrawn-from-market"));
        assertTrue(published(id, 4).unavailableMarkets().contains("FR"));

        admin().body(Map.of("available", true)).put("/v1/products/{p}/availability/{m}", id, "FR").then().statusCode(200);
        partner().queryParam("market", "FR").get("/v1/products/{p}/skus/{s}/availability", id, id + "-sku").then()
                .body("available", equalTo(true));
        admin().body(Map.of("available", true)).put("/v1/products/{p}/availability/{m}", "reserved-vm-d2s-v5", "SZ")
                .then().statusCode(422).body("code", equalTo("azure-reservations-unavailable-in-market"));
    }

    @Test
    void aProductTakenOffSaleIsNoLongerListedAndTheSnapshotSaysSo() {
        String id = pricedPerpetualProduct();
        admin().body(Map.of("name", "Renamed " + id, "publisher", "Contoso Labs", "active", false))
                .put("/v1/products/{p}", id).then().statusCode(200).body("active", equalTo(false));

        partner().queryParam("market", "US").get("/v1/products").then().body("id", not(hasItem(id)));
        partner().queryParam("market", "US").get("/v1/products/{p}/skus/{s}/availability", id, id + "-sku").then()
                .body("reason", equalTo("product-not-sold"));
        ProductPublished last = published(id, 4);
        assertEquals(false, last.active());
        assertEquals("Renamed " + id, last.name());
    }

    @Test
    void productsCanBeFilteredByKindAndByPartOfTheirName() {
        partner().queryParam("market", "US").queryParam("kind", "software_plan").get("/v1/products").then()
                .statusCode(200).body("kind", org.hamcrest.Matchers.everyItem(equalTo("SOFTWARE_PLAN")))
                .body("id", hasItem("suse-sles-plan")).body("id", hasItem("redhat-rhel-plan"));
        partner().queryParam("market", "US").queryParam("q", "sql server 2022 ent").get("/v1/products").then()
                .statusCode(200).body("id", equalTo(List.of("sql-server-2022-enterprise", "sql-server-enterprise-subscription")));
        partner().queryParam("market", "US").queryParam("q", "d4s v5, WEST").get("/v1/products").then()
                .statusCode(200).body("id", equalTo(List.of("reserved-vm-d4s-v5")));
        partner().queryParam("market", "US").queryParam("q", "_").get("/v1/products").then()
                .statusCode(200).body("size()", equalTo(0));
        partner().queryParam("market", "US").queryParam("kind", "HARDWARE").get("/v1/products").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("unknown-kind"));
    }

    @Test
    void onlyCatalogAdminsMayChangeTheCatalog() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> product = Map.of("id", id, "name", "Sneaky", "kind", "PERPETUAL_SOFTWARE", "publisher", "X");
        for (DemoUser user : List.of(DemoUser.CONTOSO_ADMIN_AGENT, DemoUser.CONTOSO_GLOBAL_ADMIN, DemoUser.OPS_SUPPORT_AGENT)) {
            as(user).body(product).post("/v1/products").then().statusCode(403).contentType("application/problem+json");
        }
        as(DemoUser.CONTOSO_ADMIN_AGENT).body(Map.of("available", false))
                .put("/v1/products/{p}/availability/{m}", "suse-sles-plan", "US").then().statusCode(403);
        given().contentType(ContentType.JSON).body(product).post("/v1/products").then().statusCode(401);
        partner().queryParam("market", "US").get("/v1/products/{p}", id).then().statusCode(404);
        partner().queryParam("market", "US").get("/v1/products/suse-sles-plan/skus/suse-sles-2vcpu/availability")
                .then().body("available", equalTo(true));
    }

    @Test
    void invalidWritesAreProblemsAndChangeNothing() {
        admin().body(Map.of("id", "Not An Id", "name", " ", "kind", "PERPETUAL_SOFTWARE", "publisher", "X"))
                .post("/v1/products").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-request"))
                .body("violations.field", equalTo(List.of("id", "name")));
        admin().body(Map.of("id", "test-kind", "name", "N", "kind", "HARDWARE", "publisher", "X"))
                .post("/v1/products").then().statusCode(400).body("code", equalTo("malformed-body"))
                .body("detail", containsString("HARDWARE"));
        String id = pricedPerpetualProduct();
        admin().body(Map.of("id", id, "name", "Again", "kind", "PERPETUAL_SOFTWARE", "publisher", "X"))
                .post("/v1/products").then().statusCode(409).body("code", equalTo("product-exists"));
        admin().body(Map.of("name", "Yearly", "terms", List.of("P1Y"), "billingOptions", List.of("UPFRONT"),
                "minQuantity", 1, "maxQuantity", 5)).put("/v1/products/{p}/skus/{s}", id, id + "-sku")
                .then().statusCode(422).body("code", equalTo("terms-do-not-fit-kind"));
        admin().body(Map.of("name", "Backwards", "terms", List.of(), "billingOptions", List.of("ONE_TIME"),
                "minQuantity", 10, "maxQuantity", 5)).put("/v1/products/{p}/skus/{s}", id, id + "-sku")
                .then().statusCode(400).body("code", equalTo("invalid-quantity-range"));
        admin().body(Map.of("name", "No bounds", "terms", List.of("1 year"), "billingOptions", List.of()))
                .put("/v1/products/{p}/skus/{s}", id, id + "-sku").then().statusCode(400)
                .body("violations.field", hasItems("billingOptions", "maxQuantity", "minQuantity"))
                .body("violations.size()", equalTo(4));
        admin().body(Map.of("prices", List.of(price("JP", null, "1000", "USD"))))
                .put("/v1/products/{p}/skus/{s}/prices", id, id + "-sku").then().statusCode(422).body("code", equalTo("wrong-currency"));
        admin().body(Map.of("prices", List.of(price("JP", null, "1000.5", "JPY"))))
                .put("/v1/products/{p}/skus/{s}/prices", id, id + "-sku").then().statusCode(422).body("code", equalTo("amount-too-precise"));
        admin().body(Map.of("prices", List.of(price("US", "P1Y", "10.00", "USD"))))
                .put("/v1/products/{p}/skus/{s}/prices", id, id + "-sku").then().statusCode(422).body("code", equalTo("term-not-sold"));
        admin().body(Map.of("prices", List.of(price("US", null, "-1.00", "USD"), price("QQ", null, "1.00", "USD"))))
                .put("/v1/products/{p}/skus/{s}/prices", id, id + "-sku").then().statusCode(422);
        admin().body(Map.of("name", "Half", "terms", List.of(), "billingOptions", List.of("ONE_TIME"),
                "minQuantity", 1.5, "maxQuantity", 5)).put("/v1/products/{p}/skus/{s}", id, id + "-sku")
                .then().statusCode(400).body("code", equalTo("malformed-body")).body("detail", containsString("1.5"));
        admin().body(Map.of("available", 0)).put("/v1/products/{p}/availability/{m}", id, "US")
                .then().statusCode(400).body("code", equalTo("malformed-body"));
        admin().body(Map.of("id", "test-kind-by-number", "name", "N", "kind", 1, "publisher", "X"))
                .post("/v1/products").then().statusCode(400).body("code", equalTo("malformed-body"));
        admin().body(Map.of("kind", "PERPETUAL_SOFTWARE", "effectiveFrom", 30000, "cancellable", false, "windowDays", 0,
                        "refundKind", "NONE", "supportRequestAbove", List.of()))
                .post("/v1/products/cancellation-policies").then().statusCode(400).body("code", equalTo("malformed-body"));

        partner().queryParam("market", "US").get("/v1/products/{p}", id).then().statusCode(200)
                .body("revision", equalTo(3)).body("skus[0].name", equalTo("Test license"))
                .body("skus[0].prices[0].unitPrice.amount", equalTo("99.00"));
    }

    /** A perpetual product at revision 3: created, one SKU, priced in US. */
    private static String pricedPerpetualProduct() {
        String id = newProduct(ProductKind.PERPETUAL_SOFTWARE);
        admin().body(Map.of("name", "Test license", "terms", List.of(), "billingOptions", List.of("ONE_TIME"),
                "minQuantity", 1, "maxQuantity", 10)).put("/v1/products/{p}/skus/{s}", id, id + "-sku").then().statusCode(200);
        admin().body(Map.of("prices", List.of(price("US", null, "99", "USD"), price("FR", null, "91.08", "EUR"))))
                .put("/v1/products/{p}/skus/{s}/prices", id, id + "-sku").then().statusCode(200).body("revision", equalTo(3));
        return id;
    }

    private static String newProduct(ProductKind kind) {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        admin().body(Map.of("id", id, "name", "Test product " + id, "kind", kind, "publisher", "Contoso Labs"))
                .post("/v1/products").then().statusCode(201).header("Location", containsString("/v1/products/" + id))
                .body("revision", equalTo(1));
        return id;
    }

    private static Map<String, Object> price(String market, String term, String amount, String currency) {
        Map<String, Object> price = new java.util.HashMap<>(Map.of("market", market,
                "unitPrice", Map.of("amount", amount, "currency", currency)));
        price.put("term", term);
        return price;
    }

    private static ProductPublished published(String productId, long revision) {
        return EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC, r -> productId.equals(r.key())
                && EventCodec.fromJson(r.value(), ProductPublished.class).revision() == revision).value(), ProductPublished.class);
    }

    private static RequestSpecification admin() {
        return as(DemoUser.OPS_CATALOG_ADMIN);
    }

    private static RequestSpecification partner() {
        return as(DemoUser.CONTOSO_SALES_AGENT);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user)).contentType(ContentType.JSON);
    }
}
