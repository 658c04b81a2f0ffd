package dev.csp.system;

import static dev.csp.system.Platform.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One object of every kind that an endpoint takes an id of, for each partner: its demo customer, a cancelled order
 * (with its line and its revoked entitlement), a decided support request with an attachment, an invoice. Found on a
 * reused stack, made once on a fresh one; settled (cancelled, decided), so touching them again changes nothing.
 */
final class Fixtures {

    static final String SKU = "ws2022-std-16core";
    private static final Duration SOON = Duration.ofSeconds(45);
    private static final Map<Side, Ids> FOUND = new ConcurrentHashMap<>();

    /** A partner, its admin agent and global admin, and the demo customer (and that customer's own admin). */
    enum Side {
        CONTOSO(DemoTenants.CONTOSO, "Adatum Corporation", DemoTenants.ADATUM, DemoUser.CONTOSO_ADMIN_AGENT,
                DemoUser.CONTOSO_GLOBAL_ADMIN),
        FABRIKAM(DemoTenants.FABRIKAM, "Northwind Traders", DemoTenants.NORTHWIND, DemoUser.FABRIKAM_ADMIN_AGENT,
                DemoUser.FABRIKAM_GLOBAL_ADMIN);

        final UUID partner;
        final String customerName;
        final UUID customerTenant;
        final DemoUser adminAgent;
        final DemoUser globalAdmin;

        Side(UUID partner, String customerName, UUID customerTenant, DemoUser adminAgent, DemoUser globalAdmin) {
            this.partner = partner;
            this.customerName = customerName;
            this.customerTenant = customerTenant;
            this.adminAgent = adminAgent;
            this.globalAdmin = globalAdmin;
        }

        Side other() {
            return this == CONTOSO ? FABRIKAM : CONTOSO;
        }
    }

    /** The ids, and what the order cost (a refund request names an amount in its currency). */
    record Ids(Side side, String customerId, String orderId, String lineId, String entitlementId,
                   String supportRequestId, String attachmentId, String invoiceId, String currency) {
    }

    private Fixtures() {
    }

    static Ids of(Side side) {
        return FOUND.computeIfAbsent(side, Fixtures::findOrMake);
    }

    private static Ids findOrMake(Side side) {
        String customer = customerId(side);
        Map<String, Object> revoked = revokedEntitlement(side, customer);
        String orderId = (String) revoked.get("orderId");
        String currency = as(side.adminAgent, Platform.ORDERS).get("/v1/customers/{c}/orders/{o}", customer, orderId)
                .then().statusCode(200).extract().path("amountPaid.currency");
        Map<String, Object> request = decidedSupportRequest(side, customer, orderId, currency);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) request.get("attachments");
        return new Ids(side, customer, orderId, (String) revoked.get("lineId"), (String) revoked.get("id"),
                (String) request.get("id"), (String) attachments.get(0).get("id"), invoice(side), currency);
    }

    static String customerId(Side side) {
        List<Map<String, Object>> customers = as(side.adminAgent, Platform.ORDERS).queryParam("q", side.customerName)
                .get("/v1/customers").then().statusCode(200).extract().path("");
        return customers.stream().filter(c -> side.customerName.equals(c.get("name"))).map(c -> (String) c.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError(side.customerName + " is not a demo customer any more"));
    }

    /** A revoked perpetual-software entitlement (it had a key and downloads) of a cancelled order. */
    private static Map<String, Object> revokedEntitlement(Side side, String customer) {
        Map<String, Object> found = entitlement(side, customer, e -> "REVOKED".equals(e.get("status")) && SKU.equals(e.get("skuId")));
        if (found != null) {
            return found;
        }
        String orderId = placeOrder(side, customer);
        await().atMost(SOON).until(() -> entitlement(side, customer, e -> orderId.equals(e.get("orderId"))) != null);
        as(side.adminAgent, Platform.ORDERS).body(Map.of("acknowledged", true))
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, orderId).then().statusCode(200);
        return await().atMost(SOON).until(() -> entitlement(side, customer,
                e -> orderId.equals(e.get("orderId")) && "REVOKED".equals(e.get("status"))), java.util.Objects::nonNull);
    }

    /** Retries while order-service is still reading the catalog from product-published after a fresh start. */
    static String placeOrder(Side side, String customer) {
        return await().atMost(SOON).until(() -> {
            Response placed = as(side.adminAgent, Platform.ORDERS)
                    .body(Map.of("lines", List.of(Map.of("skuId", SKU, "quantity", 1))))
                    .post("/v1/customers/{c}/orders", customer);
            return placed.statusCode() == 201 ? placed.<String>path("id") : null;
        }, java.util.Objects::nonNull);
    }

    static Map<String, Object> entitlement(Side side, String customer, java.util.function.Predicate<Map<String, Object>> which) {
        List<Map<String, Object>> items = as(side.adminAgent, Platform.ENTITLEMENTS).queryParam("customerId", customer)
                .get("/v1/entitlements").then().statusCode(200).extract().path("");
        return items.stream().filter(which).findFirst().orElse(null);
    }

    private static Map<String, Object> decidedSupportRequest(Side side, String customer, String orderId, String currency) {
        List<Map<String, Object>> rejected = as(DemoUser.OPS_SUPPORT_AGENT, Platform.ORDERS).queryParam("status", "REJECTED")
                .queryParam("limit", 100).get("/v1/support-requests").then().statusCode(200).extract().path("");
        return rejected.stream().filter(r -> customer.equals(r.get("customerId")))
                .filter(r -> !((List<?>) r.get("attachments")).isEmpty()).findFirst()
                .orElseGet(() -> submitAndReject(side, orderId, currency));
    }

    private static Map<String, Object> submitAndReject(Side side, String orderId, String currency) {
        String request = "{\"type\":\"CSP_PURCHASE_REFUND\",\"impact\":\"MINIMAL\",\"title\":\"System tests fixture\","
                + "\"customerTenantId\":\"" + side.customerTenant + "\",\"orderId\":\"" + orderId + "\","
                + "\"refundReason\":\"A settled request the proof suites point at.\","
                + "\"amountRequested\":{\"amount\":\"1.00\",\"currency\":\"" + currency + "\"},"
                + "\"contact\":{\"name\":\"System Tests\",\"email\":\"system-tests@example.com\",\"phone\":\"+1 425 555 0100\"}}";
        String id = given().baseUri(Platform.ORDERS).header("Authorization", "Bearer " + Platform.token(side.adminAgent))
                .contentType("multipart/form-data").multiPart("request", request, "application/json")
                .multiPart("attachments", "note.txt", "Fixture.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/v1/support-requests").then().statusCode(201).extract().path("id");
        as(DemoUser.OPS_SUPPORT_AGENT, Platform.ORDERS).post("/v1/support-requests/{id}/review", id).then().statusCode(200);
        return as(DemoUser.OPS_SUPPORT_AGENT, Platform.ORDERS).body(Map.of("reason", "Fixture of the system tests."))
                .post("/v1/support-requests/{id}/rejection", id).then().statusCode(200).extract().path("");
    }

    /** Last month's invoice: closing an ended month is what billing does on the 1st anyway; again, it is the same. */
    private static String invoice(Side side) {
        String lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        Response closed = as(side.globalAdmin, Platform.BILLING).post("/v1/billing/periods/{p}/close", lastMonth);
        if (closed.statusCode() != 200 && closed.statusCode() != 201) {
            throw new AssertionError("closing " + lastMonth + " answered " + closed.statusCode() + ": " + closed.asString());
        }
        return java.util.Objects.requireNonNull(closed.path("id"));
    }
}
