package dev.csp.order;

import static dev.csp.order.Api.as;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.testing.DemoUser.ADATUM_ADMIN;
import static dev.csp.testing.DemoUser.CONTOSO_ACCOUNT_ADMIN;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.CONTOSO_GLOBAL_ADMIN;
import static dev.csp.testing.DemoUser.CONTOSO_REFERRAL_ADMIN;
import static dev.csp.testing.DemoUser.CONTOSO_SALES_AGENT;
import static dev.csp.testing.DemoUser.FABRIKAM_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.OPS_CATALOG_ADMIN;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.order.domain.CatalogSku;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Add products" from order-service's copy of the catalog (GET /v1/customers/{id}/products): what the customer's market
 * is offered and at which price, without asking catalog-service; roles, tenants and bad input as everywhere.
 */
@QuarkusTest
class OfferedProductsTest {

    private static final String WS = "find { it.id == 'test-ws-2025' }";
    private static final String RESERVATION = "find { it.id == 'test-vm-reservation' }";

    @BeforeAll
    static void catalog() {
        CatalogFixture.publishTestCatalog();
        // sold in the US only, and a product no longer sold anywhere
        CatalogFixture.publish(new ProductPublished(UUID.randomUUID(), Instant.now(), "offer-us-only", 1,
                "Offer Test Visio Professional", ProductKind.PERPETUAL_SOFTWARE, true, Set.of(),
                List.of(CatalogFixture.policy(true, 30, ProductPublished.RefundKind.FULL)),
                List.of(new ProductPublished.Sku("offer-us-only-sku", "Visio Pro Offer", List.of(),
                        List.of(BillingFrequency.ONE_TIME), 1, 10,
                        List.of(new ProductPublished.Price("US", null, Money.of("579.00", "USD"), false)), List.of()))));
        CatalogFixture.publish(new ProductPublished(UUID.randomUUID(), Instant.now(), "offer-retired", 3,
                "Offer Test Retired", ProductKind.PERPETUAL_SOFTWARE, false, Set.of(),
                List.of(CatalogFixture.policy(true, 60, ProductPublished.RefundKind.FULL)),
                List.of(new ProductPublished.Sku("offer-retired-sku", "Retired", List.of(),
                        List.of(BillingFrequency.ONE_TIME), 1, 10,
                        List.of(new ProductPublished.Price("US", null, Money.of("10.00", "USD"), false)), List.of()))));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                CatalogSku.count("skuId in ?1", List.of("offer-us-only-sku", "offer-retired-sku")) == 2));
    }

    @Test
    void theCustomersMarketDecidesWhatIsSoldAndAtWhichPrice() {
        String us = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/products", us).then().statusCode(200)
                .body("id", hasItems("test-ws-2025", "test-vm-reservation", "test-suse", "offer-us-only"))
                .body("id", not(hasItem("offer-retired")))
                .body("market", everyItem(equalTo("US")))
                .body(WS + ".available", equalTo(true))
                .body(WS + ".unavailableReason", nullValue())
                .body(WS + ".kind", equalTo("PERPETUAL_SOFTWARE"))
                .body(WS + ".taxIncluded", equalTo(false))
                .body(WS + ".cancellable", equalTo(true))
                .body(WS + ".cancellationWindowDays", equalTo(60))
                .body(WS + ".skus[0].id", equalTo(CatalogFixture.PERPETUAL_SKU))
                .body(WS + ".skus[0].prices.size()", equalTo(1))
                .body(WS + ".skus[0].prices[0].term", nullValue())
                .body(WS + ".skus[0].prices[0].unitPrice.amount", equalTo("1069.00"))
                .body(WS + ".skus[0].prices[0].unitPrice.currency", equalTo("USD"))
                .body(RESERVATION + ".skus[0].terms", equalTo(List.of("P1Y", "P3Y")))
                .body(RESERVATION + ".skus[0].billingOptions", equalTo(List.of("UPFRONT", "MONTHLY")))
                .body(RESERVATION + ".skus[0].prices[0].term", equalTo("P1Y"))
                .body("find { it.id == 'test-suse' }.cancellable", equalTo(false));

        String au = newCustomer(CONTOSO_ADMIN_AGENT, "AU");
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/products", au).then().statusCode(200)
                .body(WS + ".market", equalTo("AU"))
                .body(WS + ".taxIncluded", equalTo(true))
                .body(WS + ".skus[0].prices[0].unitPrice.amount", equalTo("1799.00"))
                .body(WS + ".skus[0].prices[0].unitPrice.currency", equalTo("AUD"))
                .body("find { it.id == 'offer-us-only' }.available", equalTo(false))
                .body("find { it.id == 'offer-us-only' }.unavailableReason", equalTo("no-price-in-market"))
                .body("find { it.id == 'offer-us-only' }.skus[0].prices.size()", equalTo(0));

        String cn = newCustomer(CONTOSO_ADMIN_AGENT, "CN");
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/products", cn).then().statusCode(200)
                .body(RESERVATION + ".available", equalTo(false))
                .body(RESERVATION + ".unavailableReason", equalTo("not-available-in-market"))
                .body(WS + ".available", equalTo(true));
    }

    @Test
    void theOfferedPriceIsThePriceTheOrderIsCharged() {
        String us = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String offered = as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/products", us).then().statusCode(200)
                .extract().path("find { it.id == 'offer-us-only' }.skus[0].prices[0].unitPrice.amount");
        String orderId = Api.placeOrder(CONTOSO_ADMIN_AGENT, us, List.of(Api.line("offer-us-only-sku", 1, null)));
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", us, orderId).then().statusCode(200)
                .body("lines[0].unitPrice.amount", equalTo(offered));
    }

    @Test
    void nameAndKindFilterTheList() {
        String us = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        as(CONTOSO_ADMIN_AGENT).queryParam("q", "  visio PRO ").get("/v1/customers/{c}/products", us).then()
                .statusCode(200).body("id", equalTo(List.of("offer-us-only")));
        as(CONTOSO_ADMIN_AGENT).queryParam("q", CatalogFixture.SUSE_SKU).get("/v1/customers/{c}/products", us).then()
                .statusCode(200).body("id", hasItem("test-suse")).body("id", not(hasItem("test-ws-2025")));
        as(CONTOSO_ADMIN_AGENT).queryParam("kind", "azure_reservation").get("/v1/customers/{c}/products", us).then()
                .statusCode(200).body("id", hasItem("test-vm-reservation"))
                .body("kind", everyItem(equalTo("AZURE_RESERVATION")));
    }

    @Test
    void badInputIsAProblem() {
        String us = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        as(CONTOSO_ADMIN_AGENT).queryParam("kind", "SOFTWARE").get("/v1/customers/{c}/products", us).then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("unknown-kind"));
        as(CONTOSO_ADMIN_AGENT).queryParam("q", "x".repeat(101)).get("/v1/customers/{c}/products", us).then()
                .statusCode(400).contentType("application/problem+json");
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/products", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
    }

    @Test
    void partnerRolesOfTheCustomersPartnerOnly() {
        String us = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        for (var user : List.of(CONTOSO_SALES_AGENT, CONTOSO_GLOBAL_ADMIN, CONTOSO_ACCOUNT_ADMIN)) {
            as(user).get("/v1/customers/{c}/products", us).then().statusCode(200).body("id", hasItem("test-ws-2025"));
        }
        for (var user : List.of(CONTOSO_REFERRAL_ADMIN, ADATUM_ADMIN, OPS_CATALOG_ADMIN)) {
            as(user).get("/v1/customers/{c}/products", us).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/v1/customers/{c}/products", us).then().statusCode(401);
        as(FABRIKAM_ADMIN_AGENT).get("/v1/customers/{c}/products", us).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not-found"));
    }
}
