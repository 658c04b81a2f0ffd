package dev.csp.order;

import static dev.csp.testing.TokenSpace.get;
import static dev.csp.testing.TokenSpace.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import dev.csp.testing.TokenSpace;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The access matrix beyond roles and tenants' objects (another audience, an ID token, no or a malformed tid, another
 * issuer with the trusted key: 401; support-agent outside the operations tenant: 403), and the links of a response
 * behind the gateway.
 */
@QuarkusTest
class TokenSpaceTest {

    @Test
    void tokensThatAreNotThisPlatformsAccessTokensAreRefused() {
        List<TokenSpace.Call> calls = List.of(get("/v1/customers"), post("/v1/customers"), get("/v1/support-requests"));
        Api.as(DemoUser.CONTOSO_ADMIN_AGENT).get("/v1/customers").then().statusCode(200);

        assertEquals(List.of(), TokenSpace.wrongAnswers(DemoUser.CONTOSO_ADMIN_AGENT, calls));
        assertEquals(List.of(), TokenSpace.wrongAnswers(DemoUser.OPS_SUPPORT_AGENT, calls));
    }

    @Test
    void supportAgentCountsOnlyInTheOperationsTenant() {
        String partnersSupportAgent = "Bearer " + TestTokens.token("fabrikam-support-agent", DemoTenants.FABRIKAM,
                Set.of("support-agent"));

        given().header("Authorization", partnersSupportAgent).get("/v1/support-requests").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", partnersSupportAgent).post("/v1/support-requests/{id}/review", UUID.randomUUID())
                .then().statusCode(403);
        Api.as(DemoUser.OPS_SUPPORT_AGENT).get("/v1/support-requests").then().statusCode(200);
    }

    @Test
    void locationNamesTheSchemeAndHostTheGatewayForwards() {
        UUID tenant = UUID.randomUUID();
        Api.as(DemoUser.CONTOSO_ADMIN_AGENT)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "csp.example.com")
                .body(Map.of("name", "Forwarded " + tenant, "tenantId", tenant.toString(),
                        "domain", "f" + tenant.toString().substring(0, 8) + ".example", "market", "US"))
                .post("/v1/customers")
                .then().statusCode(201).header("Location", startsWith("https://csp.example.com/v1/customers/"));
    }
}
