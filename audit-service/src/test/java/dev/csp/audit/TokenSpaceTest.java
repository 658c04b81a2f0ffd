package dev.csp.audit;

import static dev.csp.testing.TokenSpace.get;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import dev.csp.testing.TokenSpace;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The access matrix beyond roles and tenants' objects: another audience, an ID token, no or a malformed tid, another
 * issuer with the trusted key: each a 401.
 */
@QuarkusTest
class TokenSpaceTest {

    @Test
    void tokensThatAreNotThisPlatformsAccessTokensAreRefused() {
        List<TokenSpace.Call> calls = List.of(get("/v1/activity-log"), get("/v1/activity-log/users"),
                get("/v1/activity-log/verify"));
        given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_GLOBAL_ADMIN)).get("/v1/activity-log/users")
                .then().statusCode(200);

        assertEquals(List.of(), TokenSpace.wrongAnswers(DemoUser.CONTOSO_GLOBAL_ADMIN, calls));
    }
}
