package dev.csp.system;

import static io.restassured.RestAssured.given;

import dev.csp.testing.DemoUser;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

    /** The realm's access tokens live 15 minutes: a cached one is renewed well before that. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);
    private static final Map<DemoUser, Issued> TOKENS = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {
    }

    private Platform() {
    }

    /** A request to {@code baseUrl} as the demo user, with an access token from Keycloak's password grant. */
    static RequestSpecification as(DemoUser user, String baseUrl) {
        return withBearer(token(user), baseUrl);
    }

    /** A request carrying exactly this bearer token. */
    static RequestSpecification withBearer(String token, String baseUrl) {
        return given().baseUri(baseUrl).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static RequestSpecification anonymous(String baseUrl) {
        return given().baseUri(baseUrl).contentType(ContentType.JSON);
    }

    /** The user's current access token (signed by the realm), fetched once and reused for a while. */
    static String token(DemoUser user) {
        return TOKENS.compute(user, (u, issued) -> issued != null && issued.at().plus(TOKEN_REUSE).isAfter(Instant.now())
                ? issued : new Issued(passwordGrant(u, "partner-ui"), Instant.now())).token();
    }

    static String passwordGrant(DemoUser user, String clientId) {
        return given().baseUri(KEYCLOAK).contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", user.userName())
                .formParam("password", DemoUser.PASSWORD)
                .post("/realms/csp/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The state folder of ./stack (logs, pids): the tests run in system-tests/, the stack in the repository root. */
    static Path stackDir() {
        return Path.of(System.getProperty("csp.stack.dir", "../.stack")).toAbsolutePath().normalize();
    }

    private static String url(String name, String fallback) {
        return System.getProperty("csp." + name + ".url", fallback);
    }
}
