package dev.csp.billing;

import static dev.csp.billing.Fixtures.as;
import static dev.csp.billing.Fixtures.cancelled;
import static dev.csp.billing.Fixtures.charges;
import static dev.csp.billing.Fixtures.line;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.billing.Fixtures.sendAndAwait;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.billing.domain.BillingJobs;
import dev.csp.billing.domain.Charge;
import dev.csp.events.BillingFrequency;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.InvoiceIssued;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.security.Roles;
import dev.csp.testing.Pages;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Closing a month freezes the partner's charges and credits into one numbered invoice with totals per currency. */
@QuarkusTest
class InvoiceTest {

    @Inject
    BillingJobs jobs;

    @Test
    void closingAPeriodIssuesOneInvoiceAndClosingItAgainAnswersTheSameOne() {
        UUID partner = UUID.randomUUID();
        sendAndAwait(order(partner, Instant.parse("2025-02-10T10:00:00Z"), perpetual("100.00", "USD", 2),
                line(ProductKind.SERVER_SUBSCRIPTION, "P1Y", BillingFrequency.UPFRONT, "36500", "JPY", 1),
                perpetual("1.250", "KWD", 1)));

        io.restassured.response.ValidatableResponse closed = as(partner, Roles.ACCOUNT_ADMIN)
                .post("/v1/billing/periods/2025-02/close").then().statusCode(201);
        JsonPath invoice = closed
                .body("number", matchesPattern("INV-2025-02-\\d{6}"))
                .body("billingPeriod", equalTo("2025-02"))
                .body("lineCount", equalTo(3))
                .body("totals.currency", equalTo(List.of("JPY", "KWD", "USD")))
                .body("totals.amount", equalTo(List.of("36500", "1.250", "200.00")))
                .extract().jsonPath();
        String id = invoice.getString("id");
        closed.header("Location", endsWith("/v1/invoices/" + id));

        as(partner, Roles.GLOBAL_ADMIN).post("/v1/billing/periods/2025-02/close").then().statusCode(200)
                .body("id", equalTo(id)).body("number", equalTo(invoice.getString("number")));
        as(partner, Roles.GLOBAL_ADMIN).get("/v1/invoices").then().statusCode(200)
                .body("id", equalTo(List.of(id)));

        InvoiceIssued issued = EventCodec.fromJson(TestKafka.await(InvoiceIssued.TOPIC, r -> r.key().equals(id)).value(),
                InvoiceIssued.class);
        assertEquals(invoice.getString("number"), issued.invoiceNumber());
        assertEquals(List.of(Money.of("36500", "JPY"), Money.of("1.250", "KWD"), Money.of("200.00", "USD")), issued.totals());
        assertEquals(1, TestKafka.readUntil(InvoiceIssued.TOPIC, r -> false, java.time.Duration.ofSeconds(2)).stream()
                .filter(r -> r.key().equals(id)).count());
    }

    @Test
    void theTotalsAreTheSumOfTheLinesWhichArePagedAndExportedAsCsv() {
        UUID partner = UUID.randomUUID();
        OrderPlaced order = order(partner, Instant.parse("2025-06-03T10:00:00Z"), perpetual("10.10", "USD", 3),
                perpetual("0.105", "KWD", 7), perpetual("999", "JPY", 2), perpetual("5.05", "USD", 1));
        sendAndAwait(order);
        sendAndAwait(cancelled(order, Instant.parse("2025-06-20T10:00:00Z")));
        sendAndAwait(order(partner, Instant.parse("2025-06-21T10:00:00Z"), perpetual("1.99", "USD", 1)));
        String id = as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/2025-06/close").then().statusCode(201)
                .body("lineCount", equalTo(9)).extract().path("id");

        ExtractableResponse<Response> firstPage = lineItems(partner, id, 5, null);
        ExtractableResponse<Response> secondPage = lineItems(partner, id, 5, Pages.nextCursor(firstPage));
        assertNull(Pages.nextCursor(secondPage), "the last page has no next");
        JsonPath first = firstPage.jsonPath();
        JsonPath second = secondPage.jsonPath();
        assertEquals(9, first.getInt("totalLineItems"));
        assertEquals(List.of(1, 2, 3, 4, 5), first.getList("lineItems.lineNumber"));
        assertEquals(List.of(6, 7, 8, 9), second.getList("lineItems.lineNumber"));
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (JsonPath page : List.of(first, second)) {
            List<Map<String, String>> amounts = page.getList("lineItems.amount");
            amounts.forEach(a -> sums.merge(a.get("currency"), new BigDecimal(a.get("amount")), BigDecimal::add));
        }
        JsonPath invoice = as(partner, Roles.GLOBAL_ADMIN).get("/v1/invoices/" + id).then().statusCode(200)
                .extract().jsonPath();
        // a currency whose lines cancel out still shows, at zero
        assertEquals(List.of("JPY", "KWD", "USD"), invoice.getList("totals.currency"));
        assertEquals(List.of("0", "0.000", "1.99"), invoice.getList("totals.amount"));
        assertEquals(0, sums.get("KWD").signum());
        assertEquals(new BigDecimal("1.99"), sums.get("USD"));

        String csv = as(partner, Roles.ACCOUNT_ADMIN).get("/v1/invoices/" + id + "/line-items.csv").then()
                .statusCode(200).contentType(matchesPattern("text/csv.*")).extract().asString();
        String[] rows = csv.split("\r\n");
        assertEquals(10, rows.length);
        assertTrue(rows[0].startsWith("line_number,type,id,order_id"));
        assertTrue(rows[1].startsWith("1,CHARGE,"));
        assertTrue(rows[1].contains(",\"Product, PERPETUAL_SOFTWARE\","), rows[1]);
        assertTrue(csv.contains(",-30.30,USD,FULL_REFUND,"), csv);
        assertEquals(csv, as(partner, Roles.ACCOUNT_ADMIN).accept("text/csv").get("/v1/invoices/" + id + "/line-items")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void aCreditLandsOnTheNextInvoiceAfterTheCancellation() {
        UUID partner = UUID.randomUUID();
        OrderPlaced order = order(partner, Instant.parse("2025-03-20T10:00:00Z"), perpetual("450.00", "USD", 1));
        sendAndAwait(order);
        Charge charge = charges(order).get(0);
        as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/2025-03/close").then().statusCode(201)
                .body("totals[0].amount", equalTo("450.00"));

        // cancelled in March, but March is already invoiced: the credit goes on the next invoice, April's
        sendAndAwait(cancelled(order, Instant.parse("2025-03-28T10:00:00Z")));
        as(partner, Roles.ACCOUNT_ADMIN).get("/v1/billing/unbilled/line-items").then().statusCode(200)
                .body("lineItems[0].billingPeriod", equalTo("2025-04"));
        String april = as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/2025-04/close").then().statusCode(201)
                .body("lineCount", equalTo(1)).body("totals[0].amount", equalTo("-450.00")).extract().path("id");

        lineItems(partner, april, 10, null);
        as(partner, Roles.ACCOUNT_ADMIN).get("/v1/invoices/" + april + "/line-items").then().statusCode(200)
                .body("lineItems[0].type", equalTo("CREDIT"))
                .body("lineItems[0].reason", equalTo("FULL_REFUND"))
                .body("lineItems[0].reverses", equalTo(charge.id.toString()))
                .body("lineItems[0].orderId", equalTo(order.orderId().toString()))
                .body("lineItems[0].amount.amount", equalTo("-450.00"));
        as(partner, Roles.ACCOUNT_ADMIN).get("/v1/invoices?period=2025-03").then().statusCode(200)
                .body("[0].lineCount", equalTo(1)).body("[0].totals[0].amount", equalTo("450.00"));
    }

    @Test
    void theScheduleClosesEveryEndedMonthThatHasLines() {
        UUID partner = UUID.randomUUID();
        sendAndAwait(order(partner, Instant.parse("2025-05-31T23:59:59Z"), perpetual("12.00", "EUR", 1)));

        jobs.closeEndedPeriods();
        jobs.closeEndedPeriods();

        as(partner, Roles.ACCOUNT_ADMIN).get("/v1/invoices").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].billingPeriod", equalTo("2025-05"))
                .body("[0].totals[0].amount", equalTo("12.00"));
    }

    @Test
    void onlyThePartnersBillingAdminsSeeOrCloseItsInvoices() {
        UUID partner = UUID.randomUUID();
        sendAndAwait(order(partner, Instant.parse("2025-07-07T10:00:00Z"), perpetual("70.00", "USD", 1)));
        String id = as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/2025-07/close").then().statusCode(201)
                .extract().path("id");
        UUID other = UUID.randomUUID();

        for (String path : List.of("", "/line-items", "/line-items.csv")) {
            as(other, Roles.GLOBAL_ADMIN).get("/v1/invoices/" + id + path).then().statusCode(404);
            as(partner, Roles.ADMIN_AGENT).get("/v1/invoices/" + id + path).then().statusCode(403);
            as(partner, Roles.GLOBAL_ADMIN).get("/v1/invoices/" + id + path).then().statusCode(200);
        }
        as(other, Roles.GLOBAL_ADMIN).get("/v1/invoices").then().statusCode(200).body("size()", equalTo(0));
        as(partner, Roles.GLOBAL_ADMIN).get("/v1/invoices/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(partner, Roles.CUSTOMER_GLOBAL_ADMIN).get("/v1/invoices").then().statusCode(403);
        as(partner, Roles.SALES_AGENT).post("/v1/billing/periods/2025-07/close").then().statusCode(403);
        io.restassured.RestAssured.given().get("/v1/invoices").then().statusCode(401);
        io.restassured.RestAssured.given().post("/v1/billing/periods/2025-07/close").then().statusCode(401);
    }

    @Test
    void onlyAnEndedMonthWrittenYyyyMmCanBeClosed() {
        UUID partner = UUID.randomUUID();
        String current = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        String next = java.time.YearMonth.now(java.time.ZoneOffset.UTC).plusMonths(1).toString();

        for (String period : List.of(current, next)) {
            as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/" + period + "/close").then().statusCode(409)
                    .contentType("application/problem+json").body("code", equalTo("period-not-ended"));
        }
        for (String period : List.of("2025-13", "25-01", "2025-1", "last-month")) {
            as(partner, Roles.ACCOUNT_ADMIN).post("/v1/billing/periods/" + period + "/close").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("invalid-period"));
        }
        as(partner, Roles.ACCOUNT_ADMIN).queryParam("period", "2025/01").get("/v1/invoices").then().statusCode(400)
                .contentType("application/problem+json");
        as(partner, Roles.ACCOUNT_ADMIN).queryParam("limit", "first").get("/v1/invoices").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("'limit'"));
        as(partner, Roles.ACCOUNT_ADMIN).urlEncodingEnabled(false).post("/v1/billing/periods/2025-01%00/close").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("control-characters"));
        as(partner, Roles.ACCOUNT_ADMIN).get("/v1/invoices").then().statusCode(200).body("size()", equalTo(0));
        assertEquals(0, Fixtures.invoices(partner));
    }

    private static ExtractableResponse<Response> lineItems(UUID partner, String invoiceId, int limit, String cursor) {
        var request = as(partner, Roles.ACCOUNT_ADMIN).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/v1/invoices/" + invoiceId + "/line-items").then().statusCode(200).extract();
    }
}
