package dev.csp.catalog;

import static dev.csp.testing.TokenSpace.get;
import static dev.csp.testing.TokenSpace.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import dev.csp.testing.TokenSpace;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The access matrix beyond roles and tenants' objects: a token that verifies but is not an access token for this
 * platform (another audience, an ID token, no or a malformed tid, another issuer with the trusted key) is a 401, and
 * catalog-admin counts only in a token of the operations tenant.
 */
@QuarkusTest
class TokenSpaceTest {

    private static final String PRODUCT = "{\"id\": \"token-space-product\", \"name\": \"Token space\","
            + " \"kind\": \"PERPETUAL_SOFTWARE\", \"publisher\": \"Token space\"}";

    @Test
    void tokensThatAreNotThisPlatformsAccessTokensAreRefused() {
        List<TokenSpace.Call> calls = List.of(get("/v1/markets/US"), get("/v1/products?market=US"), post("/v1/products"));
        given().header("Authorization", TestTokens.bearer(DemoUser.OPS_CATALOG_ADMIN)).get("/v1/markets/US")
                .then().statusCode(200); // the same user's proper token gets through

        assertEquals(List.of(), TokenSpace.wrongAnswers(DemoUser.OPS_CATALOG_ADMIN, calls));
        assertEquals(List.of(), TokenSpace.wrongAnswers(DemoUser.CONTOSO_ADMIN_AGENT, calls));
    }

    @Test
    void noTokenIsAProblemWithTheBearerChallenge() {
        given().get("/v1/markets/US").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("code", equalTo("unauthorized"));
    }

    @Test
    void catalogAdminCountsOnlyInTheOperationsTenant() {
        String partnersCatalogAdmin = "Bearer " + TestTokens.token("contoso-catalog-admin", DemoTenants.CONTOSO,
                Set.of("catalog-admin"));

        given().header("Authorization", partnersCatalogAdmin).contentType("application/json").body(PRODUCT)
                .post("/v1/products").then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
        given().header("Authorization", partnersCatalogAdmin).get("/v1/markets/US").then().statusCode(403);
        // with a partner role beside it, only the partner role counts: browsing yes, changing no
        String both = "Bearer " + TestTokens.token("contoso-agent-and-admin", DemoTenants.CONTOSO,
                Set.of("admin-agent", "catalog-admin"));
        given().header("Authorization", both).get("/v1/markets/US").then().statusCode(200);
        given().header("Authorization", both).contentType("application/json").body(PRODUCT).post("/v1/products")
                .then().statusCode(403);
    }
}
