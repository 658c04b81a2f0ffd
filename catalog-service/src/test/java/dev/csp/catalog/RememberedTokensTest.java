package dev.csp.catalog;

import static io.restassured.RestAssured.given;

import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is not verified again on the next request (service-kit's VerifiedTokenProvider), and that
 * changes nothing a caller can see: the same token expires when it says, and a token altered in one character is
 * refused even right after the genuine one was accepted.
 */
@QuarkusTest
class RememberedTokensTest {

    @Test
    void aRememberedTokenStillExpiresOnTime() throws InterruptedException {
        String bearer = TestTokens.bearerExpiringIn(DemoUser.CONTOSO_ADMIN_AGENT, 3);
        given().header("Authorization", bearer).get("/v1/markets/US").then().statusCode(200);
        given().header("Authorization", bearer).get("/v1/markets/US").then().statusCode(200);

        Thread.sleep(3_500);

        given().header("Authorization", bearer).get("/v1/markets/US").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenAlteredAfterItsGenuineTwinWasAcceptedIsRefused() {
        String bearer = TestTokens.bearer(DemoUser.CONTOSO_ADMIN_AGENT);
        given().header("Authorization", bearer).get("/v1/markets/US").then().statusCode(200);

        int signature = bearer.lastIndexOf('.') + 1;
        String otherSignature = bearer.substring(0, signature + 5)
                + (bearer.charAt(signature + 5) == 'A' ? 'B' : 'A') + bearer.substring(signature + 6);
        String[] parts = bearer.substring("Bearer ".length()).split("\\.");
        String otherPayload = "Bearer " + parts[0] + "." + parts[1].substring(0, parts[1].length() - 2)
                + (parts[1].charAt(parts[1].length() - 2) == 'A' ? 'B' : 'A') + parts[1].charAt(parts[1].length() - 1)
                + "." + parts[2];

        given().header("Authorization", otherSignature).get("/v1/markets/US").then().statusCode(401);
        given().header("Authorization", otherPayload).get("/v1/markets/US").then().statusCode(401);
        given().header("Authorization", bearer).get("/v1/markets/US").then().statusCode(200);
    }
}
