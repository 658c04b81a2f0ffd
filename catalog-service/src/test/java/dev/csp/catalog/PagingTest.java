package dev.csp.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.csp.testing.DemoUser;
import dev.csp.testing.Pages;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paging contract (docs/ARCHITECTURE.md, "Paging") on the products of a market. */
@QuarkusTest
class PagingTest {

    @Test
    void productsComeAPageAtATimeInTheSameOrderAsTheWholeList() {
        List<String> whole = page(500, null).path("id");
        assertNull(Pages.nextCursor(page(whole.size(), null)), "all on one page: no next");

        ExtractableResponse<Response> first = page(2, null);
        assertEquals(whole.subList(0, 2), first.path("id"));
        String cursor = Pages.nextCursor(first);
        assertNotNull(cursor);
        List<String> paged = new ArrayList<>(first.path("id"));
        while (cursor != null) {
            ExtractableResponse<Response> next = page(2, cursor);
            paged.addAll(next.path("id"));
            cursor = Pages.nextCursor(next);
        }
        assertEquals(whole, paged);
    }

    @Test
    void badPagingIsAProblem() {
        for (String query : List.of("limit=0", "limit=501", "limit=two", "cursor=bm9wZQ")) {
            given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_SALES_AGENT))
                    .get("/v1/products?market=US&" + query).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
        }
    }

    private static ExtractableResponse<Response> page(int limit, String cursor) {
        var request = given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_SALES_AGENT))
                .queryParam("market", "US").queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/v1/products").then().statusCode(200).extract();
    }
}
