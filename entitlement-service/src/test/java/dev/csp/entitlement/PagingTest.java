package dev.csp.entitlement;

import static dev.csp.entitlement.Purchases.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.entitlement.domain.Entitlement;
import dev.csp.events.ProductKind;
import dev.csp.events.order.OrderPlaced;
import dev.csp.testing.DemoUser;
import dev.csp.testing.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paging contract (docs/ARCHITECTURE.md, "Paging") on the entitlements and the download links made. */
@QuarkusTest
class PagingTest {

    @Test
    void entitlementsComeAPageAtATimeUntilTheLastSaysNoMore() {
        OrderPlaced order = OrderEvents.placed(ProductKind.PERPETUAL_SOFTWARE, ProductKind.PERPETUAL_SOFTWARE,
                ProductKind.PERPETUAL_SOFTWARE);
        OrderEvents.send(order);
        await().atMost(Duration.ofSeconds(60)).until(() -> Purchases.entitlementsOf(order).size() == 3);

        ExtractableResponse<Response> first = page(null);
        List<String> firstIds = first.path("id");
        assertEquals(2, firstIds.size());
        String cursor = Pages.nextCursor(first);
        assertNotNull(cursor, "more than one page: the first names the next");
        List<String> seen = new ArrayList<>(firstIds);
        while (cursor != null) {
            ExtractableResponse<Response> next = page(cursor);
            seen.addAll(next.path("id"));
            cursor = Pages.nextCursor(next);
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no entitlement on two pages");
        for (Entitlement granted : Purchases.entitlementsOf(order)) {
            assertTrue(seen.contains(granted.id.toString()), "every entitlement on some page");
        }
    }

    @Test
    void badPagingIsAProblem() {
        for (String query : List.of("limit=0", "limit=501", "limit=x", "cursor=%%%", "cursor=cDE6LTE")) {
            as(DemoUser.ADATUM_ADMIN).get("/v1/entitlements?" + query).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
        }
    }

    private static ExtractableResponse<Response> page(String cursor) {
        var request = as(DemoUser.ADATUM_ADMIN).queryParam("limit", 2);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/v1/entitlements").then().statusCode(200).extract();
    }
}
