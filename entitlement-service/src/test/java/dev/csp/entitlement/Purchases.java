package dev.csp.entitlement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.csp.entitlement.domain.Entitlement;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderPlaced;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Software bought for Adatum with downloads in the catalog copy, and the calls the download tests make. */
final class Purchases {

    static final String USER_AGENT = "csp-test-agent/1.0";

    private Purchases() {
    }

    /** What was bought: the order, its entitlements (one per SKU, in order) and the builds each SKU offers. */
    record Purchase(OrderPlaced order, List<Entitlement> entitlements, List<ProductPublished.Download> builds) {

        Entitlement entitlement() {
            return entitlements.get(0);
        }

        ProductPublished.Download build() {
            return builds.get(0);
        }
    }

    /** A fresh product with two builds per SKU, published and bought; returns once both are applied. */
    static Purchase buy(int skuCount) {
        String productId = "p-" + UUID.randomUUID();
        List<String> skus = java.util.stream.IntStream.range(0, skuCount).mapToObj(i -> productId + "-sku-" + i).toList();
        List<ProductPublished.Download> builds = List.of(
                CatalogEvents.download("2025", "en-US", "x64", productId + "-en-us-x64.iso", 300_000),
                CatalogEvents.download("2025", "de-DE", "x64", productId + "-de-de-x64.iso", 1_000));
        OrderEvents.send(CatalogEvents.product(productId, 1, skus, builds.toArray(ProductPublished.Download[]::new)));
        OrderPlaced order = OrderEvents.placedSkus(productId, skus.toArray(String[]::new));
        OrderEvents.send(order);
        await().atMost(Duration.ofSeconds(60)).until(() -> entitlementsOf(order).size() == skuCount
                && as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/entitlements/{id}", entitlementsOf(order).get(0).id)
                .path("downloads.size()").equals(builds.size()));
        List<Entitlement> bySku = skus.stream().map(sku -> entitlementsOf(order).stream()
                .filter(e -> e.skuId.equals(sku)).findFirst().orElseThrow()).toList();
        return new Purchase(order, bySku, builds);
    }

    static List<Entitlement> entitlementsOf(OrderPlaced order) {
        return QuarkusTransaction.requiringNew().call(() -> Entitlement.list("orderId", order.orderId()));
    }

    static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user));
    }

    static Response createLink(DemoUser user, Entitlement entitlement, ProductPublished.Download build) {
        return as(user).contentType("application/json")
                .body(Map.of("version", build.version(), "language", build.language(), "bitness", build.bitness()))
                .post("/v1/entitlements/{id}/download-links", entitlement.id);
    }

    /** The link's URL as an Admin agent would copy it. */
    static String linkFor(Entitlement entitlement, ProductPublished.Download build) {
        return createLink(DemoUser.CONTOSO_ADMIN_AGENT, entitlement, build).then().statusCode(201).extract().path("url");
    }

    /** The first record on the topic that matches; generous, as the machine may be busy. */
    static org.apache.kafka.clients.consumer.ConsumerRecord<String, String> awaitRecord(String topic,
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> wanted) {
        return dev.csp.testing.TestKafka.readUntil(topic, wanted, Duration.ofSeconds(60)).stream().filter(wanted)
                .findFirst().orElseThrow(() -> new AssertionError("No matching record on " + topic));
    }

    /** Fetching a link as the customer would: no sign-in. */
    static RequestSpecification anyone() {
        return given().header("User-Agent", USER_AGENT);
    }
}
