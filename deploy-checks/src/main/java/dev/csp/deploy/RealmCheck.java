package dev.csp.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * What a Keycloak realm that a deployment imports must be (issue 17, identity): TLS required but for private addresses
 * ({@code sslRequired: external}), brute-force protection on, nobody signing in with a password grant (no client with
 * direct access grants, public or not), no users shipped in the file, and access tokens addressed to the API's
 * audience, as the services require.
 */
public final class RealmCheck {

    private final String audience;

    /** {@code audience}: what the services expect in {@code aud} (QUARKUS_OIDC_TOKEN_AUDIENCE). */
    public RealmCheck(String audience) {
        this.audience = audience;
    }

    /** A realm export, JSON (which the YAML parser reads as well). */
    public static Map<String, Object> read(Path file) {
        try {
            return Tree.map(new Yaml().load(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> problems(Map<String, Object> realm) {
        List<String> problems = new ArrayList<>();
        if (!Tree.isValue(realm.get("sslRequired"), "external") && !Tree.isValue(realm.get("sslRequired"), "all")) {
            problems.add("realm: sslRequired is " + realm.get("sslRequired") + ", not external");
        }
        if (!Tree.isValue(realm.get("bruteForceProtected"), true)) {
            problems.add("realm: brute-force protection is off");
        }
        if (!Tree.list(realm.get("users")).isEmpty()) {
            problems.add("realm: ships " + Tree.list(realm.get("users")).size() + " users (and their passwords)");
        }
        for (Object client : Tree.list(realm.get("clients"))) {
            String id = Tree.text(client, "clientId");
            boolean publicClient = Tree.isValue(Tree.at(client, "publicClient"), true);
            if (Tree.isValue(Tree.at(client, "directAccessGrantsEnabled"), true)) {
                problems.add("client " + id + ": the password grant is on (directAccessGrantsEnabled)"
                        + (publicClient ? " on a public client" : ""));
            }
            if (Tree.isValue(Tree.at(client, "implicitFlowEnabled"), true)) {
                problems.add("client " + id + ": the implicit flow is on");
            }
            if (publicClient && Tree.isValue(Tree.at(client, "standardFlowEnabled"), true)
                    && !Tree.isValue(Tree.at(client, "attributes", "pkce.code.challenge.method"), "S256")) {
                problems.add("client " + id + ": a public client without PKCE S256");
            }
            if (publicClient && !addsAudience(client)) {
                problems.add("client " + id + ": access tokens do not carry the audience " + audience);
            }
        }
        return problems;
    }

    private boolean addsAudience(Object client) {
        return Tree.list(Tree.at(client, "protocolMappers")).stream().anyMatch(mapper ->
                Tree.isValue(Tree.at(mapper, "protocolMapper"), "oidc-audience-mapper")
                        && Tree.isValue(Tree.at(mapper, "config", "included.custom.audience"), audience)
                        && Tree.isValue(Tree.at(mapper, "config", "access.token.claim"), "true"));
    }
}
