package dev.csp.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.stack.Realm;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Credentials that must all be refused with 401. Each is a demo user's, so that nothing but the one flaw is wrong:
 * <ul>
 * <li>forged: the realm's token, header (with the realm's {@code kid}) and claims unchanged, signed again with a
 * key of our own;</li>
 * <li>an ID token: the realm's own, for the same user, but addressed to the UI's client (not the audience the
 * services require);</li>
 * <li>from a wrong issuer: the same claims from test-support's own OpenID provider, properly signed by it and
 * published with discovery and JWKS, but not the realm the services trust;</li>
 * <li>expired: signed by the realm itself, but already past its {@code exp}. The realm's access tokens live 15
 * minutes (accessTokenLifespan 900), too long to wait for; so a client of our own,
 * {@value #EXPIRING_CLIENT}, is added to the realm with a lifespan of four seconds (Keycloak's per-client
 * "access.token.lifespan"). It touches no user, role or other client, and is added again after a reset. Each such
 * token is shown to be accepted while it is fresh, so that its refusal later is the expiry's doing.</li>
 * </ul>
 */
final class BadTokens {

    static final String EXPIRING_CLIENT = "csp-system-tests-expiring";
    private static final String LIFESPAN_SECONDS = "4";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final PrivateKey OURS = generateKey();

    private BadTokens() {
    }

    static String forged(DemoUser user) {
        String[] parts = Platform.token(user).split("\\.");
        String signed = parts[0] + "." + parts[1];
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(OURS);
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The realm's own ID token for the user (the password grant with scope openid): signed by the trusted realm and
     * fresh, with the same tid and roles, but addressed to the UI's client, not to the services' audience.
     */
    static String idToken(DemoUser user) {
        return ID_TOKENS.computeIfAbsent(user, u -> Platform.REALM.passwordGrant(u.userName(), Realm.UI_CLIENT, "openid")
                .idToken());
    }

    private static final Map<DemoUser, String> ID_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    static String fromWrongIssuer(DemoUser user) {
        return TestTokens.token(user.userName(), user.tenantId(), user.roles());
    }

    /**
     * Tokens signed by the realm, every one expired by the time this returns. {@code acceptedWhileFresh} is asked
     * with each while it is still valid, and must say yes.
     */
    static Map<DemoUser, String> expired(Collection<DemoUser> users, BiPredicate<DemoUser, String> acceptedWhileFresh) {
        ensureExpiringClient();
        Map<DemoUser, String> tokens = new EnumMap<>(DemoUser.class);
        for (DemoUser user : users) {
            String token = Platform.passwordGrant(user, EXPIRING_CLIENT);
            if (!acceptedWhileFresh.test(user, token)) {
                throw new AssertionError("a fresh token of " + EXPIRING_CLIENT + " for " + user.userName() + " is refused:"
                        + " an expired one would prove nothing");
            }
            tokens.put(user, token);
        }
        Instant latest = tokens.values().stream().map(token -> Instant.ofEpochSecond(((Number) claims(token).get("exp"))
                .longValue())).max(Instant::compareTo).orElse(Instant.now());
        try {
            while (!Instant.now().isAfter(latest.plusSeconds(1))) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return tokens;
    }

    private static PrivateKey generateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<?, ?> claims(String token) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the client once; the same claims as partner-ui (tid, roles), tokens living four seconds. */
    @SuppressWarnings("unchecked")
    private static synchronized void ensureExpiringClient() {
        String admin = Platform.REALM.adminToken();
        List<?> existing = given().baseUri(Platform.KEYCLOAK).auth().oauth2(admin).queryParam("clientId", EXPIRING_CLIENT)
                .get("/admin/realms/csp/clients").then().statusCode(200).extract().path("");
        if (!existing.isEmpty()) {
            Map<String, Object> client = (Map<String, Object>) existing.get(0);
            Map<String, Object> attributes = (Map<String, Object>) client.get("attributes");
            if (!LIFESPAN_SECONDS.equals(attributes.get("access.token.lifespan"))) {
                attributes.put("access.token.lifespan", LIFESPAN_SECONDS);
                given().baseUri(Platform.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON).body(client)
                        .put("/admin/realms/csp/clients/{id}", client.get("id")).then().statusCode(204);
            }
            return;
        }
        List<Map<String, Object>> mappers = given().baseUri(Platform.KEYCLOAK).auth().oauth2(admin)
                .queryParam("clientId", "partner-ui").get("/admin/realms/csp/clients").then().statusCode(200)
                .extract().path("[0].protocolMappers");
        mappers.forEach(mapper -> mapper.remove("id"));
        given().baseUri(Platform.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", EXPIRING_CLIENT, "name", "System tests: tokens that expire at once",
                        "enabled", true, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", LIFESPAN_SECONDS),
                        "protocolMappers", mappers))
                .post("/admin/realms/csp/clients").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(409)));
    }
}
