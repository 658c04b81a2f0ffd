package dev.csp.billing;

import static dev.csp.billing.Fixtures.as;
import static dev.csp.billing.Fixtures.cancelled;
import static dev.csp.billing.Fixtures.order;
import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.billing.Fixtures.sendAndAwait;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.security.Roles;
import dev.csp.testing.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The paging contract (docs/ARCHITECTURE.md, "Paging") on invoices and unbilled line items. */
@QuarkusTest
class PagingTest {

    @Test
    void invoicesComeAPageAtATimeAndTheLastPageSaysNoMore() {
        UUID partner = UUID.randomUUID();
        List<String> newestFirst = new ArrayList<>();
        for (String month : List.of("2025-01", "2025-02", "2025-03")) {
            sendAndAwait(order(partner, Instant.parse(month + "-10T10:00:00Z"), perpetual("10.00", "USD", 1)));
            newestFirst.add(0, as(partner, Roles.GLOBAL_ADMIN).post("/v1/billing/periods/" + month + "/close").then()
                    .statusCode(201).extract().path("id"));
        }
        ExtractableResponse<Response> first = page(partner, "/v1/invoices?limit=2", null);
        assertEquals(newestFirst.subList(0, 2), first.path("id"));
        String next = Pages.nextCursor(first);
        assertNotNull(next, "a first page with more after it names the next");
        ExtractableResponse<Response> last = page(partner, "/v1/invoices?limit=2", next);
        assertEquals(newestFirst.subList(2, 3), last.path("id"));
        assertNull(Pages.nextCursor(last), "the last page has no next");
    }

    @Test
    void unbilledLinesArePagedWhileTheTotalsCountThemAll() {
        UUID partner = UUID.randomUUID();
        sendAndAwait(order(partner, Instant.parse("2025-05-02T10:00:00Z"), perpetual("1.00", "USD", 1),
                perpetual("2.00", "USD", 1), perpetual("4.00", "USD", 1)));
        ExtractableResponse<Response> first = page(partner, "/v1/billing/unbilled/line-items?limit=2", null);
        assertEquals(2, first.<List<?>>path("lineItems").size());
        assertEquals(3, first.<Integer>path("totalLineItems"));
        assertEquals("7.00", first.path("totals[0].amount"));
        ExtractableResponse<Response> last = page(partner, "/v1/billing/unbilled/line-items?limit=2",
                Pages.nextCursor(first));
        assertEquals(1, last.<List<?>>path("lineItems").size());
        assertNull(Pages.nextCursor(last));
    }

    @Test
    void aPageCanEndInTheChargesAndGoOnInTheCreditsWhileTheTotalsCountThemAll() {
        UUID partner = UUID.randomUUID();
        Instant placed = Instant.parse("2025-06-02T10:00:00Z");
        sendAndAwait(order(partner, placed, perpetual("1.00", "USD", 1), perpetual("2.00", "USD", 1),
                perpetual("4.00", "USD", 1)));
        OrderPlaced returned = order(partner, placed.plusSeconds(60), perpetual("8.00", "USD", 1));
        sendAndAwait(returned);
        sendAndAwait(cancelled(returned, placed.plus(Duration.ofDays(1)), ProductPublished.RefundKind.FULL));

        List<String> types = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        String cursor = null;
        do {
            ExtractableResponse<Response> page = page(partner, "/v1/billing/unbilled/line-items?limit=3", cursor);
            assertEquals(5, page.<Integer>path("totalLineItems"), "every page counts all the lines");
            assertEquals(List.of("7.00"), page.path("totals.amount"), "1 + 2 + 4 + 8 - 8, on every page");
            types.addAll(page.path("lineItems.type"));
            amounts.addAll(page.path("lineItems.amount.amount"));
            cursor = Pages.nextCursor(page);
        } while (cursor != null && types.size() < 10);
        assertEquals(List.of("CHARGE", "CHARGE", "CHARGE", "CHARGE", "CREDIT"), types, "the charges, then the credits");
        assertEquals(List.of("1.00", "2.00", "4.00"), amounts.subList(0, 3).stream().sorted().toList(),
                "the first order's lines, charged at one instant, in any order");
        assertEquals(List.of("8.00", "-8.00"), amounts.subList(3, 5), "the returned order's charge, then its credit");
    }

    @Test
    void badPagingIsAProblem() {
        UUID partner = UUID.randomUUID();
        for (String path : List.of("/v1/invoices", "/v1/billing/unbilled/line-items",
                "/v1/invoices/" + UUID.randomUUID() + "/line-items")) {
            for (String query : List.of("limit=0", "limit=-3", "limit=100000", "limit=ten", "cursor=bm9wZQ")) {
                as(partner, Roles.GLOBAL_ADMIN).get(path + "?" + query).then().statusCode(400)
                        .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
            }
        }
    }

    private static ExtractableResponse<Response> page(UUID partner, String path, String cursor) {
        var request = as(partner, Roles.ACCOUNT_ADMIN);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(path).then().statusCode(200).extract();
    }
}
