package dev.csp.system;

import static io.restassured.RestAssured.given;

import dev.csp.testing.DemoUser;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import dev.csp.stack.Realm;
import dev.csp.stack.StackDir;
import java.nio.file.Path;

/** The running platform as ./stack up starts it: service URLs and real tokens from the local Keycloak realm. */
final class Platform {

    /** The stack's Keycloak (-Dcsp.keycloak.url): stack-client's one sign-in for every client of the stack. */
    static final Realm REALM = Realm.local();
    static final String KEYCLOAK = REALM.url();
    static final String CATALOG = url("catalog", "http://localhost:8081");
    static final String ORDERS = url("order", "http://localhost:8082");
    static final String ENTITLEMENTS = url("entitlement", "http://localhost:8083");
    static final String AUDIT = url("audit", "http://localhost:8084");
    static final String BILLING = url("billing", "http://localhost:8085");

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

    /** The user's current access token (signed by the realm), fetched once and renewed before it expires. */
    static String token(DemoUser user) {
        return REALM.accessToken(user.userName());
    }

    /** A fresh access token of the user for another client of the realm. */
    static String passwordGrant(DemoUser user, String clientId) {
        return REALM.passwordGrant(user.userName(), clientId, null).accessToken();
    }

    /** The state folder of ./stack (logs, pids): the tests run in system-tests/, the stack in the repository root. */
    static Path stackDir() {
        return StackDir.local().path();
    }

    private static String url(String name, String fallback) {
        return System.getProperty("csp." + name + ".url", fallback);
    }
}
