package dev.csp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.stack.Realm;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Partner tenants of the benchmark's own, for measurements that need data no demo partner should carry (an activity
 * log of ten million entries, a month of 100,000 invoice lines): a tenant id derived from a name, and a Global admin
 * of it in the realm ({@code bench-NAME}, the demo password), made through Keycloak's admin API (the local stack's
 * {@code admin}/{@code admin}) when missing. The services know a tenant only by the {@code tid} in its users' tokens.
 */
final class BenchTenants {

    private static final String REALM = Api.KEYCLOAK + "/admin/realms/csp";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Realm realm = new Realm(Api.KEYCLOAK);
    private final ObjectMapper json = new ObjectMapper();

    /** A benchmark tenant: its id and the user that signs in for it. */
    record Tenant(String name, UUID id, String globalAdmin) {
    }

    static Tenant named(String name) {
        return new Tenant(name, UUID.nameUUIDFromBytes(("csp-benchmark-tenant:" + name).getBytes(StandardCharsets.UTF_8)),
                "bench-" + name);
    }

    /**
     * Makes the tenant's Global admin unless it exists; answers the tenant, with the id its Global admin carries now
     * ({@link #renew} may have changed it).
     */
    Tenant ensure(String name) throws IOException, InterruptedException {
        Tenant tenant = named(name);
        String admin = adminToken();
        String existing = userId(admin, tenant.globalAdmin());
        if (existing != null) {
            JsonNode tid = json.readTree(send(admin, "GET", REALM + "/users/" + existing, null).body()).at("/attributes/tid/0");
            return tid.isTextual() ? new Tenant(name, UUID.fromString(tid.asText()), tenant.globalAdmin()) : tenant;
        }
        Map<String, Object> user = Map.of("username", tenant.globalAdmin(), "enabled", true, "emailVerified", true,
                "firstName", "Benchmark", "lastName", name, "email", tenant.globalAdmin() + "@benchmark.example",
                "attributes", Map.of("tid", List.of(tenant.id().toString()), "tenant_name", List.of("Benchmark " + name)),
                "credentials", List.of(Map.of("type", "password", "value", Realm.DEMO_PASSWORD, "temporary", false)));
        HttpResponse<String> created = send(admin, "POST", REALM + "/users", json.writeValueAsString(user));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Keycloak did not create " + tenant.globalAdmin() + ": " + created.statusCode()
                    + " " + Text.clip(created.body()));
        }
        String id = userId(admin, tenant.globalAdmin());
        String role = send(admin, "GET", REALM + "/roles/global-admin", null).body();
        HttpResponse<String> granted = send(admin, "POST", REALM + "/users/" + id + "/role-mappings/realm", "[" + role + "]");
        if (granted.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not make " + tenant.globalAdmin() + " a global-admin: "
                    + granted.statusCode() + " " + Text.clip(granted.body()));
        }
        return tenant;
    }

    /**
     * Gives the tenant a new id (its Global admin's {@code tid}). A benchmark log loaded afresh must be a new chain: a
     * partner's chain replaced under the same id is exactly the rewrite audit-service reports as broken, as its
     * checkpoints are anchored outside the database.
     */
    Tenant renew(Tenant tenant) throws IOException, InterruptedException {
        String admin = adminToken();
        String id = userId(admin, tenant.globalAdmin());
        com.fasterxml.jackson.databind.node.ObjectNode user = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(send(admin, "GET", REALM + "/users/" + id, null).body());
        UUID renewed = UUID.randomUUID();
        ((com.fasterxml.jackson.databind.node.ObjectNode) user.with("attributes")).putArray("tid").add(renewed.toString());
        HttpResponse<String> updated = send(admin, "PUT", REALM + "/users/" + id, json.writeValueAsString(user));
        if (updated.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not give " + tenant.globalAdmin() + " a new tenant id: "
                    + updated.statusCode() + " " + Text.clip(updated.body()));
        }
        return new Tenant(tenant.name(), renewed, tenant.globalAdmin());
    }

    private String userId(String admin, String username) throws IOException, InterruptedException {
        HttpResponse<String> found = send(admin, "GET", REALM + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        JsonNode users = json.readTree(found.body());
        return users.isArray() && !users.isEmpty() ? users.get(0).get("id").asText() : null;
    }

    private String adminToken() {
        return realm.adminToken();
    }

    private HttpResponse<String> send(String token, String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
