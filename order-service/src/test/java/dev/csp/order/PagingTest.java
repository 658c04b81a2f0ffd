package dev.csp.order;

import static dev.csp.order.Api.as;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.csp.testing.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The paging contract (docs/ARCHITECTURE.md, "Paging") on order-service's lists. */
@QuarkusTest
class PagingTest {

    @BeforeEach
    void catalog() {
        CatalogFixture.publishTestCatalog();
    }

    @Test
    void customersComeAPageAtATimeAndTheLastPageSaysNoMore() {
        String tag = "pg" + UUID.randomUUID().toString().substring(0, 8);
        List<String> added = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            UUID tenant = UUID.randomUUID();
            added.add(as(CONTOSO_ADMIN_AGENT).body(Map.of("name", tag + " " + name, "tenantId", tenant.toString(),
                    "domain", name + tenant.toString().substring(0, 8) + ".example", "market", "US"))
                    .post("/v1/customers").then().statusCode(201).extract().path("id"));
        }

        ExtractableResponse<Response> first = page("/v1/customers?q=" + tag + "&limit=2", null);
        assertEquals(added.subList(0, 2), first.path("id"));
        String next = Pages.nextCursor(first);
        assertNotNull(next, "a first page with more after it names the next");
        assertEquals(1, first.headers().getValues("Link").size());
        ExtractableResponse<Response> last = page("/v1/customers?q=" + tag + "&limit=2", next);
        assertEquals(added.subList(2, 3), last.path("id"));
        assertNull(Pages.nextCursor(last), "the last page has no next");
    }

    @Test
    void orderHistoryPagesNewestFirst() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            placed.add(0, placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null));
        }
        String path = "/v1/customers/" + customer + "/orders?limit=2";
        ExtractableResponse<Response> first = page(path, null);
        assertEquals(placed.subList(0, 2), first.path("id"));
        ExtractableResponse<Response> last = page(path, Pages.nextCursor(first));
        assertEquals(placed.subList(2, 3), last.path("id"));
        assertNull(Pages.nextCursor(last));
        // exactly one page's worth: no next page either
        assertNull(Pages.nextCursor(page("/v1/customers/" + customer + "/orders?limit=3", null)));
    }

    @Test
    void badPagingIsAProblem() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        for (String path : List.of("/v1/customers", "/v1/customers/" + customer + "/orders", "/v1/support-requests")) {
            for (String query : List.of("limit=0", "limit=-1", "limit=101000", "limit=abc", "cursor=not-a-cursor",
                    "cursor=cDE6LTE")) {
                as(CONTOSO_ADMIN_AGENT).get(path + "?" + query).then()
                        .statusCode(400)
                        .contentType(startsWith("application/problem+json"))
                        .body("status", equalTo(400));
            }
        }
    }

    @Test
    void supportRequestsAnswerAPageWithoutNextWhenAllFit() {
        ExtractableResponse<Response> all = page("/v1/support-requests?limit=100", null);
        List<?> items = all.path("$");
        if (items.size() < 100) {
            assertNull(Pages.nextCursor(all));
        }
    }

    private static ExtractableResponse<Response> page(String path, String cursor) {
        var request = as(CONTOSO_ADMIN_AGENT);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(path).then().statusCode(200).extract();
    }
}
