package dev.csp.system;

import static dev.csp.system.Platform.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.testing.DemoUser;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spine, through the public APIs with real Keycloak tokens: Contoso's admin agent buys Windows Server for
 * Adatum; the key is granted and read, the charge recorded, both logged; then the purchase is cancelled: the key
 * is revoked (410) and the charge credited.
 */
class FirstOrderJourneyTest {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final String SKU = "ws2022-std-16core";

    @Test
    void buyReadKeyCancelAndCredit() {
        String adatum = customerNamed("Adatum Corporation");

        String orderId = placeOrder(adatum);
        String lineId = as(DemoUser.CONTOSO_ADMIN_AGENT, Platform.ORDERS).get("/v1/customers/{c}/orders/{o}", adatum, orderId)
                .then().statusCode(200).body("status", equalTo("PLACED")).extract().path("lines[0].id");

        String entitlementId = await().atMost(SOON).until(() -> entitlementOf(adatum, orderId), id -> id != null);
        String key = as(DemoUser.CONTOSO_ADMIN_AGENT, Platform.ENTITLEMENTS).get("/v1/entitlements/{id}/key", entitlementId)
                .then().statusCode(200).extract().path("productKey");
        assertEquals(32, key.replace("-", "").length());
        assertEquals(key, as(DemoUser.ADATUM_ADMIN, Platform.ENTITLEMENTS).get("/v1/entitlements/{id}/key", entitlementId)
                .then().statusCode(200).extract().path("productKey"));

        await().atMost(SOON).until(() -> unbilled(lineId, "CHARGE") != null);
        await().atMost(SOON).until(() -> activity(orderId, "ORDER_PLACED") && activity(entitlementId, "KEY_ACCESSED"));

        long cancelledAt = System.nanoTime();
        as(DemoUser.CONTOSO_ADMIN_AGENT, Platform.ORDERS).body(Map.of("acknowledged", true))
                .post("/v1/customers/{c}/orders/{o}/cancellations", adatum, orderId)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        await().atMost(SOON).pollInterval(Duration.ofMillis(20)).until(() -> as(DemoUser.CONTOSO_ADMIN_AGENT, Platform.ENTITLEMENTS)
                .get("/v1/entitlements/{id}/key", entitlementId).statusCode() == 410);
        long revokedMillis = (System.nanoTime() - cancelledAt) / 1_000_000;
        Map<String, Object> credit = await().atMost(SOON).until(() -> unbilled(lineId, "CREDIT"), c -> c != null);
        Map<String, Object> charge = unbilled(lineId, "CHARGE");
        assertEquals(negated(amount(charge)), amount(credit), "perpetual software is credited in full");
        await().atMost(SOON).until(() -> activity(orderId, "ORDER_CANCELLED"));

        as(DemoUser.ADATUM_ADMIN, Platform.ENTITLEMENTS).get("/v1/entitlements/{id}", entitlementId).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("keyAvailable", equalTo(false));
        System.out.printf("journey: cancel -> key 410 in %d ms%n", revokedMillis);
    }

    @Test
    void anotherPartnerNeitherSeesNorBuysForContososCustomer() {
        String adatum = customerNamed("Adatum Corporation");

        as(DemoUser.FABRIKAM_ADMIN_AGENT, Platform.ORDERS).get("/v1/customers/{c}", adatum).then().statusCode(404);
        as(DemoUser.FABRIKAM_ADMIN_AGENT, Platform.ORDERS).body(Map.of("lines", List.of(Map.of("skuId", SKU, "quantity", 1))))
                .post("/v1/customers/{c}/orders", adatum).then().statusCode(404);
        List<String> fabrikamCustomers = as(DemoUser.FABRIKAM_ADMIN_AGENT, Platform.ORDERS).get("/v1/customers")
                .then().statusCode(200).extract().path("name");
        assertEquals(List.of("Northwind Traders"), fabrikamCustomers);
    }

    private static String customerNamed(String name) {
        List<Map<String, Object>> customers = as(DemoUser.CONTOSO_ADMIN_AGENT, Platform.ORDERS).get("/v1/customers")
                .then().statusCode(200).extract().path("");
        assertTrue(customers.stream().anyMatch(c -> "Litware Inc.".equals(c.get("name"))), "Contoso's demo customers");
        return customers.stream().filter(c -> name.equals(c.get("name"))).map(c -> (String) c.get("id")).findFirst()
                .orElseThrow();
    }

    /** Retries while order-service is still reading the catalog from product-published after a fresh start. */
    private static String placeOrder(String customerId) {
        return await().atMost(SOON).until(() -> {
            Response placed = as(DemoUser.CONTOSO_ADMIN_AGENT, Platform.ORDERS)
                    .body(Map.of("lines", List.of(Map.of("skuId", SKU, "quantity", 1))))
                    .post("/v1/customers/{c}/orders", customerId);
            return placed.statusCode() == 201 ? placed.<String>path("id") : null;
        }, id -> id != null);
    }

    private static String entitlementOf(String customerId, String orderId) {
        List<Map<String, Object>> items = as(DemoUser.CONTOSO_ADMIN_AGENT, Platform.ENTITLEMENTS)
                .queryParam("customerId", customerId).get("/v1/entitlements").then().statusCode(200).extract().path("");
        return items.stream().filter(i -> orderId.equals(i.get("orderId"))).map(i -> (String) i.get("id")).findFirst()
                .orElse(null);
    }

    private static Map<String, Object> unbilled(String lineId, String type) {
        List<Map<String, Object>> items = as(DemoUser.CONTOSO_ACCOUNT_ADMIN, Platform.BILLING)
                .get("/v1/billing/unbilled/line-items").then().statusCode(200).extract().path("lineItems");
        return items.stream().filter(i -> lineId.equals(i.get("lineId")) && type.equals(i.get("type"))).findFirst()
                .orElse(null);
    }

    private static boolean activity(String subjectId, String type) {
        List<Map<String, Object>> entries = as(DemoUser.CONTOSO_GLOBAL_ADMIN, Platform.AUDIT).get("/v1/activity-log?limit=500")
                .then().statusCode(200).extract().path("");
        return entries.stream().anyMatch(e -> subjectId.equals(e.get("subjectId")) && type.equals(e.get("type")));
    }

    @SuppressWarnings("unchecked")
    private static String amount(Map<String, Object> lineItem) {
        return (String) ((Map<String, Object>) lineItem.get("amount")).get("amount");
    }

    private static String negated(String amount) {
        return new java.math.BigDecimal(amount).negate().toPlainString();
    }
}
