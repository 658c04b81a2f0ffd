package dev.csp.billing;

import static dev.csp.billing.Fixtures.as;
import static dev.csp.billing.Fixtures.cancelled;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.billing.Fixtures.refund;
import static dev.csp.billing.Fixtures.sendAndAwait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Australia's and Brazil's prices include tax: every charge, credit, unbilled line and invoice line (and its CSV row)
 * says whether its price includes tax and, where it does, the tax it contains (amount × rate / (1 + rate), half-up);
 * a credit reverses the same share of its charge's tax. Lines of other markets say tax is not included.
 */
@QuarkusTest
class IncludedTaxTest {

    private static final Instant PLACED = Instant.parse("2025-08-05T10:00:00Z");

    @Test
    void chargesCreditsInvoiceLinesAndTheCsvCarryTheTaxAPriceIncludes() {
        UUID partner = UUID.randomUUID();
        // 1787.37 AUD is 1069.00 USD × 1.52 × 1.10: two of them, 3574.74, contain 3574.74 × 0.1 / 1.1 = 324.976… of GST
        OrderPlaced.Line australia = new OrderPlaced.Line(UUID.randomUUID(), "ws", "ws-std", "Windows Server",
                ProductKind.PERPETUAL_SOFTWARE, 2, null, BillingFrequency.ONE_TIME, Money.of("1787.37", "AUD"), true, 1,
                new BigDecimal("0.10"));
        OrderPlaced.Line unitedStates = perpetual("1069.00", "USD", 1);
        OrderPlaced order = order(partner, PLACED, australia, unitedStates);
        sendAndAwait(order);

        Map<String, Object> charge = unbilled(partner, australia.lineId(), "CHARGE");
        assertEquals(List.of(true, "0.10", "324.98", "AUD"), List.of(charge.get("taxIncluded"), charge.get("taxRate"),
                money(charge, "tax").get("amount"), money(charge, "tax").get("currency")));
        Map<String, Object> untaxed = unbilled(partner, unitedStates.lineId(), "CHARGE");
        assertEquals(false, untaxed.get("taxIncluded"));
        assertNull(untaxed.get("taxRate"));
        assertNull(untaxed.get("tax"));

        // an approved refund of 1000.00 reverses 1000.00 / 3574.74 of the charge's tax: 90.909… → 90.91
        sendAndAwait(refund(order, UUID.randomUUID(), "1000.00", Instant.parse("2025-08-10T10:00:00Z")));
        Map<String, Object> refunded = unbilled(partner, australia.lineId(), "CREDIT");
        assertEquals(List.of(true, "0.10", "-1000.00", "-90.91"), List.of(refunded.get("taxIncluded"),
                refunded.get("taxRate"), money(refunded, "amount").get("amount"), money(refunded, "tax").get("amount")));
        // the cancellation credits the remaining 2574.74 and the remaining tax: 324.98 − 90.91 = 234.07
        sendAndAwait(cancelled(order, Instant.parse("2025-08-12T10:00:00Z"), ProductPublished.RefundKind.FULL));

        String id = as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/2025-08/close").then().statusCode(201)
                .extract().path("id");
        JsonPath lines = as(partner, Roles.ACCOUNT_ADMIN).queryParam("size", 50).get("/v1/invoices/" + id + "/line-items")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = lines.getList("lineItems");
        assertEquals(5, items.size());
        List<String> taxOfAustralia = items.stream().filter(i -> australia.lineId().toString().equals(i.get("lineId")))
                .map(i -> i.get("type") + " " + money(i, "amount").get("amount") + " incl. " + i.get("taxRate") + " "
                        + money(i, "tax").get("amount")).toList();
        assertEquals(List.of("CHARGE 3574.74 incl. 0.10 324.98", "CREDIT -1000.00 incl. 0.10 -90.91",
                "CREDIT -2574.74 incl. 0.10 -234.07"), taxOfAustralia);
        assertTrue(items.stream().filter(i -> unitedStates.lineId().toString().equals(i.get("lineId")))
                .allMatch(i -> Boolean.FALSE.equals(i.get("taxIncluded")) && i.get("tax") == null
                        && i.get("taxRate") == null), items.toString());

        String csv = as(partner, Roles.ACCOUNT_ADMIN).get("/v1/invoices/" + id + "/line-items.csv").then()
                .statusCode(200).extract().asString();
        List<String> rows = Arrays.asList(csv.split("\r\n"));
        assertTrue(rows.get(0).endsWith(",tax_included,amount,currency,reason,reverses,service_from,service_until,at,"
                + "tax_rate,tax") || rows.get(0).endsWith(",at,tax_rate,tax"), rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.contains(australia.lineId().toString()) && r.contains(",true,3574.74,AUD,")
                && r.endsWith(",0.10,324.98")), csv);
        assertTrue(rows.stream().anyMatch(r -> r.contains(",true,-1000.00,AUD,APPROVED_REFUND,")
                && r.endsWith(",0.10,-90.91")), csv);
        assertTrue(rows.stream().anyMatch(r -> r.contains(",true,-2574.74,AUD,FULL_REFUND,")
                && r.endsWith(",0.10,-234.07")), csv);
        assertTrue(rows.stream().filter(r -> r.contains(unitedStates.lineId().toString()))
                .allMatch(r -> r.contains(",false,") && r.endsWith(",,")), csv);
    }

    @Test
    void aLineSoldBeforeRatesWerePublishedSaysTaxIsIncludedWithoutAnAmount() {
        UUID partner = UUID.randomUUID();
        OrderPlaced.Line older = new OrderPlaced.Line(UUID.randomUUID(), "ws", "ws-std", "Windows Server",
                ProductKind.PERPETUAL_SOFTWARE, 1, null, BillingFrequency.ONE_TIME, Money.of("1624.88", "AUD"), true, 1);
        sendAndAwait(order(partner, PLACED, older));

        Map<String, Object> charge = unbilled(partner, older.lineId(), "CHARGE");
        assertEquals(true, charge.get("taxIncluded"));
        assertNull(charge.get("taxRate"));
        assertNull(charge.get("tax"));
    }

    private static Map<String, Object> unbilled(UUID partner, UUID lineId, String type) {
        List<Map<String, Object>> items = as(partner, Roles.ACCOUNT_ADMIN).get("/v1/billing/unbilled/line-items").then()
                .statusCode(200).extract().jsonPath().getList("lineItems");
        return items.stream().filter(i -> lineId.toString().equals(i.get("lineId")) && type.equals(i.get("type")))
                .findFirst().orElseThrow(() -> new AssertionError(type + " of " + lineId + " not in " + items));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> money(Map<String, Object> item, String field) {
        Map<String, Object> money = (Map<String, Object>) item.get(field);
        return money == null ? Map.of() : money;
    }
}
