package dev.csp.order;

import static dev.csp.order.Api.as;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.CONTOSO_GLOBAL_ADMIN;
import static dev.csp.testing.DemoUser.CONTOSO_SALES_AGENT;
import static dev.csp.testing.DemoUser.FABRIKAM_ADMIN_AGENT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventCodec;
import dev.csp.events.order.OrderPlaced;
import dev.csp.order.domain.Order;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderPlacementTest {

    @BeforeEach
    void catalog() {
        CatalogFixture.publishTestCatalog();
    }

    @Test
    void placedOrderFreezesPricesAndPublishesOrderPlacedKeyedByOrderId() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "AU");

        String orderId = placeOrder(CONTOSO_GLOBAL_ADMIN, customer, CatalogFixture.PERPETUAL_SKU, null);

        as(CONTOSO_SALES_AGENT).get("/v1/customers/{c}/orders/{o}", customer, orderId).then()
                .statusCode(200)
                .body("status", equalTo("PLACED"))
                .body("lines", hasSize(1))
                .body("lines[0].unitPrice.amount", equalTo("1799.00"))
                .body("lines[0].unitPrice.currency", equalTo("AUD"))
                .body("lines[0].taxIncluded", equalTo(true))
                .body("lines[0].taxRate", equalTo("0.10"))
                // two at 1799.00: 3598.00 × 0.10 / 1.10 = 327.090…
                .body("lines[0].taxPaid.amount", equalTo("327.09"));
        OrderPlaced event = EventCodec.fromJson(
                TestKafka.await(OrderPlaced.TOPIC, r -> orderId.equals(r.key())).value(), OrderPlaced.class);
        assertEquals(orderId, event.orderId().toString());
        assertEquals("contoso-global-admin", event.placedBy().userName());
        assertEquals("1799.00", event.lines().get(0).unitPrice().amount().toPlainString());
        assertEquals("0.10", event.lines().get(0).taxRate().toPlainString());
    }

    @Test
    void orderHistoryListsNewestFirst() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String first = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String second = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.RESERVATION_SKU, "P1Y");

        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders", customer).then()
                .statusCode(200)
                .body("id", equalTo(List.of(second, first)));
    }

    @Test
    void productUnavailableInTheCustomersMarketIsRefusedWithTheCatalogsReason() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "CN");
        long before = orderCount();

        as(CONTOSO_ADMIN_AGENT)
                .body(Map.of("lines", List.of(Map.of("skuId", CatalogFixture.RESERVATION_SKU, "quantity", 1, "term", "P1Y"))))
                .post("/v1/customers/{c}/orders", customer).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("not-available-in-market"));
        assertEquals(before, orderCount());
    }

    @Test
    void invalidRequestsAreProblemsThatChangeNothing() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        long before = orderCount();
        String path = "/v1/customers/" + customer + "/orders";

        as(CONTOSO_ADMIN_AGENT).body(Map.of("lines", List.of())).post(path).then()
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-request")).body("violations.field", hasItem("lines"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("lines", List.of(Map.of("skuId", CatalogFixture.PERPETUAL_SKU, "quantity", 0))))
                .post(path).then()
                .statusCode(400).body("violations.field", hasItem("lines[0].quantity"));
        as(CONTOSO_ADMIN_AGENT).body("{\"lines\": [{\"skuId\": ").post(path).then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed-body"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("lines", List.of(Map.of("skuId", CatalogFixture.PERPETUAL_SKU, "quantity", "two"))))
                .post(path).then()
                .statusCode(400).body("code", equalTo("malformed-body"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("lines", List.of(Map.of("skuId", CatalogFixture.PERPETUAL_SKU, "quantity", 1)),
                        "discount", 50)).post(path).then()
                .statusCode(400).body("code", equalTo("malformed-body"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("lines", List.of(Map.of("skuId", CatalogFixture.PERPETUAL_SKU, "quantity", 501))))
                .post(path).then()
                .statusCode(422).body("code", equalTo("quantity-out-of-range"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("lines", List.of(Map.of("skuId", "no-such-sku", "quantity", 1))))
                .post(path).then()
                .statusCode(422).body("code", equalTo("unknown-sku"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("lines", List.of(Map.of("skuId", CatalogFixture.RESERVATION_SKU, "quantity", 1,
                        "term", "P2Y")))).post(path).then()
                .statusCode(422).body("code", equalTo("term-not-offered"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("lines", List.of(Map.of("skuId", CatalogFixture.PERPETUAL_SKU, "quantity", 1.5))))
                .post(path).then()
                .statusCode(400).body("code", equalTo("malformed-body")).body("violations.field", hasItem("lines[0].quantity"));
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/not-a-guid/orders").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("'not-a-guid'"));
        as(CONTOSO_ADMIN_AGENT).queryParam("limit", "abc").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'limit' must be a whole number"));

        assertEquals(before, orderCount());
    }

    @Test
    void aCustomerIsAddedOnlyInAMarketTheCatalogSellsIn() {
        UUID tenant = UUID.randomUUID();
        Map<String, String> customer = Map.of("name", "Nowhere Ltd", "tenantId", tenant.toString(),
                "domain", "nowhere.example", "market", "ZZ");
        as(CONTOSO_ADMIN_AGENT).body(customer).post("/v1/customers").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("marketKnown"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of("name", "Null\u0000Byte Ltd", "tenantId", tenant.toString(),
                "domain", "nowhere.example", "market", "US")).post("/v1/customers").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("name"));
        as(CONTOSO_ADMIN_AGENT).queryParam("q", tenant.toString()).get("/v1/customers").then().statusCode(200).body("", hasSize(0));
        newCustomer(CONTOSO_ADMIN_AGENT, "XK");
    }

    /** Refused from the Content-Length alone, before any of the body is read, and said as problem+json. */
    @Test
    void aBodyAboveTheLimitIsRefusedAsAProblem() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /v1/customers HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + TestTokens.bearer(CONTOSO_ADMIN_AGENT) + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 20000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // closed after it
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("application/problem+json") && response.contains("body-too-large"), response);
        }
    }

    @Test
    void onlyTheCustomersOwnPartnerSeesOrBuysForIt() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        Map<String, Object> order = Map.of("lines", List.of(Map.of("skuId", CatalogFixture.PERPETUAL_SKU, "quantity", 1)));

        as(FABRIKAM_ADMIN_AGENT).get("/v1/customers/{c}", customer).then().statusCode(404)
                .contentType("application/problem+json");
        as(FABRIKAM_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, orderId).then().statusCode(404);
        as(FABRIKAM_ADMIN_AGENT).body(order).post("/v1/customers/{c}/orders", customer).then().statusCode(404);
        as(CONTOSO_SALES_AGENT).body(order).post("/v1/customers/{c}/orders", customer).then().statusCode(403);
        given().body(order).contentType("application/json").post("/v1/customers/{c}/orders", customer).then().statusCode(401);
        given().header("Authorization", TestTokens.forgedBearer(CONTOSO_ADMIN_AGENT)).get("/v1/customers").then().statusCode(401);
        as(FABRIKAM_ADMIN_AGENT).get("/v1/customers").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(customer)));
    }

    @Test
    void customersAreFoundByNameTenantOrDomain() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        Map<String, Object> found = as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}", customer).then().extract().path("");

        for (String query : List.of((String) found.get("tenantId"), (String) found.get("domain"),
                ((String) found.get("name")).toUpperCase())) {
            assertTrue(as(CONTOSO_ADMIN_AGENT).queryParam("q", query).get("/v1/customers")
                    .then().statusCode(200).extract().<List<String>>path("id").contains(customer), query);
        }
    }

    @Test
    void aSearchForPatternCharactersFindsOnlyThoseCharacters() {
        newCustomer(CONTOSO_ADMIN_AGENT, "US");
        for (String query : List.of("%", "_", "\\", "%%_")) {
            as(CONTOSO_ADMIN_AGENT).queryParam("q", query).get("/v1/customers").then().statusCode(200).body("", hasSize(0));
        }
    }

    private static long orderCount() {
        return QuarkusTransaction.requiringNew().call(() -> Order.count());
    }
}
