package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
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
        as(DemoUser.CONTOSO_SALES_AGENT).queryParam("taxIncluded", "maybe").get("/v1/markets").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'taxIncluded' must be true or false"));
    }

    @Test
    void azureReservationsAreUnavailableInTheListedMarketsWithAReason() {
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "SZ").get("/v1/products/reserved-vm-d2s-v5").then()
                .statusCode(200).body("available", equalTo(false))
                .body("unavailableReason", equalTo("azure-reservations-unavailable-in-market"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "US").get("/v1/products/reserved-vm-d2s-v5").then()
                .statusCode(200).body("available", equalTo(true)).body("taxIncluded", equalTo(false));
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "SZ").get("/v1/products/windows-server-2022-standard").then()
                .statusCode(200).body("available", equalTo(true));
    }

    @Test
    void everyProductIsPricedInEveryMarketsCurrencyAndOnlyAustraliaAndBrazilIncludeTax() {
        List<Map<String, Object>> markets = as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/markets").then().statusCode(200)
                .extract().path("");
        assertEquals(250, markets.size());
        for (Map<String, Object> market : markets) {
            String code = (String) market.get("code");
            boolean taxIncluded = code.equals("AU") || code.equals("BR");
            as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", code).get("/v1/products").then().statusCode(200)
                    .body("size()", greaterThanOrEqualTo(12))
                    .body("taxIncluded", everyItem(equalTo(taxIncluded)))
                    .body("skus.flatten().prices.flatten().unitPrice.currency", everyItem(equalTo(market.get("currency"))))
                    .body("findAll { it.unavailableReason == 'no-price-in-market' && !it.id.startsWith('test-') }", hasSize(0));
        }
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "JP").get("/v1/products/windows-server-2022-standard").then()
                .body("skus[0].id", equalTo("ws2022-std-16core"))
                .body("skus[0].prices[0].unitPrice.currency", equalTo("JPY"))
                .body("skus[0].prices[0].unitPrice.amount", equalTo("160350"));
        as(DemoUser.CONTOSO_ADMIN_AGENT).queryParam("market", "AU").get("/v1/products/windows-server-2022-standard").then()
                .body("taxIncluded", equalTo(true)).body("skus[0].prices[0].unitPrice.amount", equalTo("1787.37"));
    }

    @Test
    void theStartingCatalogHasThe2022EditionsAndTheOldOnesAreNoLongerSold() {
        List<String> names = as(DemoUser.CONTOSO_SALES_AGENT).queryParam("market", "US").get("/v1/products").then()
                .statusCode(200).extract().path("name");
        assertTrue(names.containsAll(List.of("Windows Server 2022 Standard", "Windows Server 2022 Datacenter",
                "SQL Server 2022 Standard", "SQL Server 2022 Enterprise", "Windows Server 2022 Standard subscription",
                "Windows Server 2022 Datacenter subscription", "SQL Server 2022 Standard subscription",
                "SQL Server 2022 Enterprise subscription", "Reserved VM Instance, D2s v5", "Reserved VM Instance, D4s v5",
                "SUSE Linux Enterprise Server plan", "Red Hat Enterprise Linux plan")), names.toString());
        assertTrue(names.stream().noneMatch(name -> name.contains("2025")), names.toString());
        as(DemoUser.CONTOSO_SALES_AGENT).queryParam("market", "US").get("/v1/products/windows-server-2025-standard")
                .then().statusCode(200).body("available", equalTo(false)).body("unavailableReason", equalTo("product-not-sold"));
    }

    @Test
    void eachProductIsPublishedAsASnapshotForOrderService() {
        ProductPublished reservation = EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC,
                r -> "reserved-vm-d2s-v5".equals(r.key())).value(), ProductPublished.class);

        assertTrue(reservation.unavailableMarkets().containsAll(List.of("SZ", "CN", "BQ", "SJ", "XK")));
        assertTrue(reservation.skus().get(0).prices().stream().anyMatch(p -> p.market().equals("BR") && p.taxIncluded()));
        assertTrue(reservation.skus().get(0).prices().stream().noneMatch(p -> p.market().equals("US") && p.taxIncluded()));
        assertEquals(ProductPublished.RefundKind.PRORATED, reservation.cancellationPolicies().get(0).refundKind());
        ProductPublished suse = EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC,
                r -> "suse-sles-plan".equals(r.key())).value(), ProductPublished.class);
        assertEquals(false, suse.cancellationPolicies().get(0).cancellable());
        assertEquals(ProductPublished.RefundKind.NONE, suse.cancellationPolicies().get(0).refundKind());
        ProductPublished windows = EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC,
                r -> "windows-server-2022-standard".equals(r.key())).value(), ProductPublished.class);
        ProductPublished.CancellationPolicy perpetual = windows.cancellationPolicies().get(0);
        assertEquals(List.of(true, 60, ProductPublished.RefundKind.FULL),
                List.of(perpetual.cancellable(), perpetual.windowDays(), perpetual.refundKind()));
        assertTrue(perpetual.supportRequestAbove().contains(Money.of("50000.00", "USD")), perpetual.toString());
        assertTrue(perpetual.supportRequestAbove().contains(Money.of("7500000", "JPY")), perpetual.toString());
        assertEquals(21, windows.skus().get(0).downloads().size());
    }

    @Test
    void browsingNeedsAPartnerSignInAndAMarket() {
        given().get("/v1/products?market=US").then().statusCode(401);
        as(DemoUser.ADATUM_ADMIN).get("/v1/products?market=US").then().statusCode(403);
        as(DemoUser.CONTOSO_MARKETING_ADMIN).get("/v1/products").then().statusCode(400).body("code", equalTo("market-required"));
        as(DemoUser.CONTOSO_MARKETING_ADMIN).get("/v1/products?market=QQ").then().statusCode(400)
                .body("code", equalTo("unknown-market"));
        as(DemoUser.CONTOSO_MARKETING_ADMIN).get("/v1/products/nothing-like-this?market=US").then().statusCode(404);
        as(DemoUser.CONTOSO_MARKETING_ADMIN).urlEncodingEnabled(false).get("/v1/products/nothing%00like-this?market=US").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("control-characters"));
        as(DemoUser.CONTOSO_REFERRAL_ADMIN).get("/v1/products?market=US").then().statusCode(200)
                .body("id", hasItem("suse-sles-plan")).body("market", everyItem(equalTo("US")));
    }

    private static io.restassured.specification.RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user));
    }
}
