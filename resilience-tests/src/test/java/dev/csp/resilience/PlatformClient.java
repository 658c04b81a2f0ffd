package dev.csp.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.stack.Realm;
import dev.csp.testing.DemoUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The running platform's REST APIs as a client sees them, with real tokens from the local Keycloak. A failed
 * connection is an {@link IOException}, for the caller to count and retry: during a drill, that is the point.
 */
final class PlatformClient {

    static final String ORDERS = "http://localhost:8082";
    static final String ENTITLEMENTS = "http://localhost:8083";

    /** A response: its status and JSON body (null when there is none). */
    record Answer(int status, JsonNode body) {
        boolean is(int expected) {
            return status == expected;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Realm REALM = Realm.local();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    Answer get(DemoUser user, String url) throws IOException, InterruptedException {
        return send(request(user, url).GET().build());
    }

    Answer post(DemoUser user, String url, Object body, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(user, url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    /**
     * A new customer of Contoso's in the US market, so a drill's orders are all its own and easy to count. Contoso
     * creates the customer's tenant, so it may buy for it at once (no relationship request to accept).
     */
    UUID createCustomer(String name) throws IOException, InterruptedException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Answer answer = post(DemoUser.CONTOSO_ADMIN_AGENT, ORDERS + "/v1/customers", Map.of("name", name,
                "newTenant", true, "domain", "drill-" + unique + ".example.com", "market", "US"), null);
        if (!answer.is(201)) {
            throw new IllegalStateException("cannot create customer " + name + ": " + answer);
        }
        return UUID.fromString(answer.body().get("id").asText());
    }

    private HttpRequest.Builder request(DemoUser user, String url) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? null : readJson(body));
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    /** The user's token from stack-client's {@link Realm}; Keycloak not answering is an IOException, as a request's. */
    private String token(DemoUser user) throws IOException {
        try {
            return REALM.accessToken(user.userName());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
