package dev.csp.system;

import static io.restassured.RestAssured.given;

import dev.csp.testing.DemoUser;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The running platform as ./stack up starts it: service URLs and real tokens from the local Keycloak realm. */
final class Platform {

    static final String KEYCLOAK = url("keycloak", "http://localhost:8180");
    static final String CATALOG = url("catalog", "http://localhost:8081");
    static final String ORDERS = url("order", "http://localhost:8082");
    static final String ENTITLEMENTS = url("entitlement", "http://localhost:8083");
    static final String AUDIT = url("audit", "http://localhost:8084");
    static final String BILLING = url("billing", "http://localhost:8085");

    private static final Map<DemoUser, String> TOKENS = new ConcurrentHashMap<>();

    private Platform() {
    }

    /** A request to {@code baseUrl} as the demo user, with an access token from Keycloak's password grant. */
    static RequestSpecification as(DemoUser user, String baseUrl) {
        return given().baseUri(baseUrl).header("Authorization", "Bearer " + TOKENS.computeIfAbsent(user, Platform::token))
                .contentType(ContentType.JSON);
    }

    private static String token(DemoUser user) {
        return given().baseUri(KEYCLOAK).contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "partner-ui")
                .formParam("username", user.userName())
                .formParam("password", DemoUser.PASSWORD)
                .post("/realms/csp/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String url(String name, String fallback) {
        return System.getProperty("csp." + name + ".url", fallback);
    }
}
