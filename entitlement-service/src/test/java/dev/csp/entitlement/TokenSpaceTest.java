package dev.csp.entitlement;

import static dev.csp.testing.TokenSpace.get;
import static dev.csp.testing.TokenSpace.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.entitlement.Purchases.Purchase;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TokenSpace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The access matrix beyond roles and tenants' objects (another audience, an ID token, no or a malformed tid, another
 * issuer with the trusted key: 401, even on the download link, which needs no sign-in), and download links behind the
 * gateway.
 */
@QuarkusTest
class TokenSpaceTest {

    @Test
    void tokensThatAreNotThisPlatformsAccessTokensAreRefused() {
        UUID anyId = UUID.randomUUID();
        List<TokenSpace.Call> calls = List.of(get("/v1/entitlements"), get("/v1/entitlements/" + anyId + "/key"),
                post("/v1/entitlements/" + anyId + "/download-links"), get("/v1/entitlements/" + anyId + "/download-links"),
                new TokenSpace.Call("DELETE", "/v1/entitlements/" + anyId + "/download-links/" + UUID.randomUUID()),
                get("/v1/downloads/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        Purchases.as(DemoUser.ADATUM_ADMIN).get("/v1/entitlements").then().statusCode(200);

        assertEquals(List.of(), TokenSpace.wrongAnswers(DemoUser.CONTOSO_ADMIN_AGENT, calls));
        assertEquals(List.of(), TokenSpace.wrongAnswers(DemoUser.ADATUM_ADMIN, calls));
    }

    @Test
    void aDownloadLinkNamesTheSchemeAndHostTheGatewayForwards() {
        Purchase purchase = Purchases.buy(1);

        Response created = Purchases.as(DemoUser.CONTOSO_ADMIN_AGENT)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "csp.example.com")
                .contentType("application/json")
                .body(Map.of("version", purchase.build().version(), "language", purchase.build().language(),
                        "bitness", purchase.build().bitness()))
                .post("/v1/entitlements/{id}/download-links", purchase.entitlement().id);

        created.then().statusCode(201).header("Location", startsWith("https://csp.example.com/v1/downloads/"))
                .body("url", equalTo(created.header("Location")));
    }
}
