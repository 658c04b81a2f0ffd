package dev.csp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the demo users from Keycloak's password grant (client partner-ui), as the system tests get them.
 * A token is fetched again a minute before it expires, so a long run never sends an expired one.
 */
final class Tokens {

    static final String PASSWORD = "demo-password";
    private static final long MARGIN_NANOS = 60_000_000_000L;

    private final HttpClient http;
    private final ObjectMapper json;
    private final String keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Tokens(HttpClient http, ObjectMapper json, String keycloak) {
        this.http = http;
        this.json = json;
        this.keycloak = keycloak;
    }

    /** "Bearer ..." for the user; the fast path is one map read. */
    /** Drops the user's token: the next request signs in again (after the user's attributes changed). */
    void forget(String user) {
        tokens.remove(user);
    }

    String bearer(String user) {
        Token token = tokens.get(user);
        if (token == null || System.nanoTime() > token.refreshAt()) {
            token = refresh(user);
        }
        return token.header();
    }

    private synchronized Token refresh(String user) {
        Token current = tokens.get(user);
        if (current != null && System.nanoTime() <= current.refreshAt()) {
            return current;
        }
        String form = "grant_type=password&client_id=partner-ui&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/csp/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.statusCode()
                        + " " + Text.clip(response.body()));
            }
            JsonNode body = json.readTree(response.body());
            long lifetime = body.path("expires_in").asLong(300) * 1_000_000_000L;
            Token token = new Token("Bearer " + body.get("access_token").asText(),
                    System.nanoTime() + Math.max(lifetime - MARGIN_NANOS, lifetime / 2));
            tokens.put(user, token);
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + keycloak + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Token(String header, long refreshAt) {
    }
}
