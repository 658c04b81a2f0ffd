package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventCodec;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogTest {

    @Test
    void marketsAreFoundByCodeInAnyCaseAndByTheNamesPeopleUse() {
        as(DemoUser.CONTOSO_SALES_AGENT).get("/v1/markets/au").then().statusCode(200)
                .body("code", equalTo("AU")).body("currency", equalTo("AUD")).body("taxIncluded", equalTo(true));
        as(DemoUser.CONTOSO_SALES_AGENT).queryParam("name", "Swaziland").get("/v1/markets").then().statusCode(200)
                .body("code", equalTo(List.of("SZ"))).body("[0].azureReservationsAvailable", equalTo(false));
        as(DemoUser.CONTOSO_SALES_AGENT).get("/v1/markets/ZZ").then().statusCode(404).contentType("application/problem+json");
        as(DemoUser.CONTOSO_SALES_AGENT).queryParam("taxIncluded", true).get("/v1/markets").then().statusCode(200)
                .body("code", equalTo(List.of("AU", "BR")));
    }

    @Test
    void azureReservationsAreUnavailableInTheListedMarketsWithAReason() {
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "SZ").get("/v1/products/reserved-vm-d2s-v5").then()
                .statusCode(200).body("available", equalTo(false))
                .body("unavailableReason", equalTo("azure-reservations-unavailable-in-market"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "US").get("/v1/products/reserved-vm-d2s-v5").then()
                .statusCode(200).body("available", equalTo(true)).body("taxIncluded", equalTo(false));
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "SZ").get("/v1/products/windows-server-2025-standard").then()
                .statusCode(200).body("available", equalTo(true));
    }

    @Test
    void everyProductIsPricedInEveryMarketsCurrency() {
        for (String market : as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/markets").then().statusCode(200)
                .extract().<List<String>>path("code")) {
            as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", market).get("/v1/products").then().statusCode(200)
                    .body("skus.flatten().prices.flatten()", not(hasSize(0)))
                    .body("findAll { it.unavailableReason == 'no-price-in-market' }", hasSize(0));
        }
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "JP").get("/v1/products/windows-server-2025-standard").then()
                .body("skus[0].prices[0].unitPrice.currency", equalTo("JPY"))
                .body("skus[0].prices[0].unitPrice.amount", equalTo("176400"));
    }

    @Test
    void eachProductIsPublishedAsASnapshotForOrderService() {
        ProductPublished reservation = EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC,
                r -> "reserved-vm-d2s-v5".equals(r.key())).value(), ProductPublished.class);

        assertTrue(reservation.unavailableMarkets().containsAll(List.of("SZ", "CN", "BQ", "SJ", "XK")));
        assertTrue(reservation.skus().get(0).prices().stream().anyMatch(p -> p.market().equals("BR") && p.taxIncluded()));
        ProductPublished suse = EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC,
                r -> "suse-sles-plan".equals(r.key())).value(), ProductPublished.class);
        assertEquals(false, suse.cancellationPolicies().get(0).cancellable());
    }

    @Test
    void browsingNeedsAPartnerSignInAndAMarket() {
        given().get("/v1/products?market=US").then().statusCode(401);
        as(DemoUser.ADATUM_ADMIN).get("/v1/products?market=US").then().statusCode(403);
        as(DemoUser.CONTOSO_MARKETING_ADMIN).get("/v1/products").then().statusCode(400).body("code", equalTo("market-required"));
        as(DemoUser.CONTOSO_MARKETING_ADMIN).get("/v1/products?market=QQ").then().statusCode(400)
                .body("code", equalTo("unknown-market"));
        as(DemoUser.CONTOSO_MARKETING_ADMIN).get("/v1/products/nothing-like-this?market=US").then().statusCode(404);
        as(DemoUser.CONTOSO_REFERRAL_ADMIN).get("/v1/products?market=US").then().statusCode(200)
                .body("id", hasItem("suse-sles-plan")).body("market", everyItem(equalTo("US")));
    }

    private static io.restassured.specification.RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user));
    }
}
