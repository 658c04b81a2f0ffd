package dev.csp.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The local Keycloak as {@code ./stack up} runs it: the demo users' tokens from realm {@code csp} by the password
 * grant, and the master realm's admin token. The one place a client of the running stack signs in (system-tests,
 * resilience-tests, benchmarks). An access token is cached per user and fetched again once a third of its life has
 * passed (5 of Keycloak's 15 minutes): a long run never sends an expired token, even to a replica whose clock runs
 * minutes ahead (resilience-tests' AmbiguousCommitTest runs one 5 minutes ahead, and a cached token 10 minutes old is
 * already expired there).
 * <p>
 * Keycloak not answering is an {@link UncheckedIOException} whose cause is the {@link IOException}: a drill that kills
 * Keycloak counts it and tries again; a refusal (any status but 200) is an {@link IllegalStateException}.
 */
public final class Realm {

    /** Every demo user's password (local demo realm only). */
    public static final String DEMO_PASSWORD = "demo-password";
    /** The partner UI's public client, which the services' tokens are issued to. */
    public static final String UI_CLIENT = "partner-ui";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, Cached> tokens = new ConcurrentHashMap<>();

    /** The Keycloak at {@code keycloakUrl}, e.g. {@code http://localhost:8180}. */
    public Realm(String keycloakUrl) {
        this.keycloak = keycloakUrl.replaceAll("/+$", "");
    }

    /** The stack's Keycloak: {@code -Dcsp.keycloak.url}, else http://localhost:8180. */
    public static Realm local() {
        return new Realm(System.getProperty("csp.keycloak.url", "http://localhost:8180"));
    }

    public String url() {
        return keycloak;
    }

    /** What a password grant answers. {@code idToken} is null unless the scope asked for {@code openid}. */
    public record Grant(String accessToken, String idToken, long expiresInSeconds) {
    }

    /** The user's current access token for the UI's client; the fast path is one map read. */
    public String accessToken(String userName) {
        Cached cached = tokens.get(userName);
        return cached != null && System.nanoTime() < cached.renewAt() ? cached.token() : renew(userName);
    }

    /** Forgets the user's token: the next call signs in again (after the user's attributes changed). */
    public void forget(String userName) {
        tokens.remove(userName);
    }

    /** A fresh grant for a demo user, not cached: for a client or scope of the caller's choosing. */
    public Grant passwordGrant(String userName, String clientId, String scope) {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("grant_type", "password", "client_id", clientId,
                "username", userName, "password", DEMO_PASSWORD));
        if (scope != null) {
            form.put("scope", scope);
        }
        JsonNode body = post("/realms/csp/protocol/openid-connect/token", form, "a token for " + userName);
        return new Grant(body.get("access_token").asText(), body.hasNonNull("id_token") ? body.get("id_token").asText() : null,
                body.path("expires_in").asLong(300));
    }

    /** The master realm's admin (admin-cli; {@code -Dcsp.keycloak.admin}, {@code -Dcsp.keycloak.admin-password}). */
    public String adminToken() {
        return post("/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", System.getProperty("csp.keycloak.admin", "admin"),
                        "password", System.getProperty("csp.keycloak.admin-password", "admin")),
                "the admin login (-Dcsp.keycloak.admin=..., -Dcsp.keycloak.admin-password=...)").get("access_token").asText();
    }

    private synchronized String renew(String userName) {
        Cached current = tokens.get(userName);
        if (current != null && System.nanoTime() < current.renewAt()) {
            return current.token();
        }
        Grant grant = passwordGrant(userName, UI_CLIENT, null);
        long lifetime = Duration.ofSeconds(grant.expiresInSeconds()).toNanos();
        tokens.put(userName, new Cached(grant.accessToken(), System.nanoTime() + lifetime / 3));
        return grant.accessToken();
    }

    private JsonNode post(String path, Map<String, String> form, String what) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak at " + keycloak + " refused " + what + ": " + response.statusCode()
                        + " " + clip(response.body()));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak at " + keycloak + " did not answer (" + what + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Keycloak for " + what, e);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private record Cached(String token, long renewAt) {
    }
}
