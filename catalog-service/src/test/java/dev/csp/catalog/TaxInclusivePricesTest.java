package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventCodec;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestKafka;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Australia's and Brazil's prices include tax: net list price (the US price) × catalog rate × (1 + tax rate), rounded
 * half-up to the currency's minor unit; every other market's price is the plain conversion.
 */
@QuarkusTest
class TaxInclusivePricesTest {

    @Test
    void theTaxInclusiveMarketsKeepTheirRate() {
        partner().get("/v1/markets/AU").then().statusCode(200)
                .body("taxIncluded", equalTo(true)).body("taxRate", equalTo("0.10")).body("taxName", equalTo("GST"));
        partner().get("/v1/markets/BR").then().statusCode(200)
                .body("taxIncluded", equalTo(true)).body("taxRate", equalTo("0.1425"));
        partner().get("/v1/markets/US").then().statusCode(200)
                .body("taxIncluded", equalTo(false)).body("taxRate", nullValue()).body("taxName", nullValue());
    }

    @Test
    void australianPricesAreTheNetPriceTimesTheRateTimesOnePointOneRoundedHalfUp() {
        partner().queryParam("market", "AU").get("/v1/products/windows-server-2022-standard").then().statusCode(200)
                .body("taxIncluded", equalTo(true)).body("taxRate", equalTo("0.10"))
                // 1069.00 USD × 1.52 × 1.10 = 1787.368
                .body("skus[0].prices[0].unitPrice.amount", equalTo("1787.37"))
                // 1787.37 × 0.10 / 1.10 = 162.488…
                .body("skus[0].prices[0].tax.amount", equalTo("162.49"));
        partner().queryParam("market", "BR").get("/v1/products/windows-server-2022-standard").then().statusCode(200)
                // 1069.00 USD × 5.0 × 1.1425 = 6106.6625
                .body("skus[0].prices[0].unitPrice.amount", equalTo("6106.66"))
                .body("skus[0].prices[0].unitPrice.currency", equalTo("BRL"));

        Map<String, BigDecimal> net = prices("US");
        Map<String, BigDecimal> australia = prices("AU");
        assertEquals(net.keySet(), australia.keySet());
        net.forEach((price, usd) -> assertEquals(usd.multiply(new BigDecimal("1.52")).multiply(new BigDecimal("1.10"))
                .setScale(2, RoundingMode.HALF_UP), australia.get(price), price));
    }

    @Test
    void marketsWithoutTaxAreTheSameConversionAsBefore() {
        // Fiji is billed in AUD too, without tax: 1069.00 × 1.52
        partner().queryParam("market", "FJ").get("/v1/products/windows-server-2022-standard").then().statusCode(200)
                .body("taxIncluded", equalTo(false)).body("taxRate", nullValue())
                .body("skus[0].prices[0].unitPrice.amount", equalTo("1624.88"))
                .body("skus[0].prices[0].tax", nullValue());
        partner().queryParam("market", "US").get("/v1/products/windows-server-2022-standard").then().statusCode(200)
                .body("skus[0].prices[0].unitPrice.amount", equalTo("1069.00"));
    }

    @Test
    void theSnapshotCarriesEachPricesTaxRate() {
        ProductPublished windows = EventCodec.fromJson(TestKafka.await(ProductPublished.TOPIC,
                r -> "windows-server-2022-standard".equals(r.key())).value(), ProductPublished.class);

        List<ProductPublished.Price> prices = windows.skus().get(0).prices();
        ProductPublished.Price au = prices.stream().filter(p -> p.market().equals("AU")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.10"), au.taxRate());
        assertEquals("1787.37", au.unitPrice().amount().toPlainString());
        ProductPublished.Price us = prices.stream().filter(p -> p.market().equals("US")).findFirst().orElseThrow();
        assertNull(us.taxRate());
        assertTrue(prices.stream().filter(p -> !p.taxIncluded()).allMatch(p -> p.taxRate() == null));
    }

    /** Every seeded price in a market, by SKU/term. */
    private static Map<String, BigDecimal> prices(String market) {
        List<Map<String, Object>> products = partner().queryParam("market", market).get("/v1/products").then()
                .statusCode(200).extract().path("");
        Map<String, BigDecimal> prices = new HashMap<>();
        for (Map<String, Object> product : products) {
            if (((String) product.get("id")).startsWith("test-")) {
                continue; // priced by a catalog-admin in other tests, as given
            }
            for (Map<String, Object> sku : list(product.get("skus"))) {
                for (Map<String, Object> price : list(sku.get("prices"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> unit = (Map<String, Object>) price.get("unitPrice");
                    prices.put(sku.get("id") + "/" + price.get("term"), new BigDecimal((String) unit.get("amount")));
                }
            }
        }
        return prices;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static RequestSpecification partner() {
        return given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_ADMIN_AGENT));
    }
}
