package dev.csp.catalog;

import static io.restassured.RestAssured.given;

import dev.csp.testing.DemoTenants;
import dev.csp.testing.DemoUser;
import dev.csp.testing.RefusedTokens;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Configured as production is (an explicit tenant allow-list) and as a multi-tenant issuer needs
 * ({@code quarkus.oidc.token.issuer=any}, so Quarkus no longer compares the issuer): a properly signed token of a
 * tenant outside the list, or of an issuer outside {@code csp.identity.issuers}, is a 401.
 */
@QuarkusTest
@TestProfile(TrustedTenantsTest.OnboardedTenantsOnly.class)
class TrustedTenantsTest {

    public static class OnboardedTenantsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("csp.identity.tenants", DemoTenants.CONTOSO + ", " + DemoTenants.FABRIKAM,
                    "quarkus.oidc.token.issuer", "any");
        }
    }

    @Test
    void onlyListedTenantsAndTheOperationsTenantSignIn() {
        String stranger = "Bearer " + TestTokens.token("stranger-admin-agent", UUID.randomUUID(), Set.of("admin-agent"));
        String unlistedCustomer = TestTokens.bearer(DemoUser.ADATUM_ADMIN);

        given().header("Authorization", stranger).get("/v1/markets/US").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", unlistedCustomer).get("/v1/markets/US").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(DemoUser.CONTOSO_ADMIN_AGENT)).get("/v1/markets/US")
                .then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(DemoUser.OPS_CATALOG_ADMIN)).get("/v1/markets/US")
                .then().statusCode(200);
    }

    @Test
    void withAnyIssuerOnlyTheListedIssuersAreTrusted() {
        given().header("Authorization", RefusedTokens.of(DemoUser.CONTOSO_ADMIN_AGENT).get("the trusted key but another issuer"))
                .get("/v1/markets/US").then().statusCode(401).contentType("application/problem+json");
    }
}
