package dev.csp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak realm deploy/ imports (deploy/keycloak/csp-realm.json) passes {@link RealmCheck}; the local demo realm,
 * with its shared passwords and password grant, does not (it is local only), and both put the services' audience
 * into access tokens.
 */
class IdentityRealmTest {

    private final Repository repository = Repository.locate();

    @Test
    void theRealmDeployImportsHasNoPasswordGrantNoUsersAndBruteForceProtection() {
        Map<String, Object> realm = RealmCheck.read(deployedRealm());

        assertEquals(List.of(), new RealmCheck(property(repository.root().resolve("deploy/base/platform.env"),
                "QUARKUS_OIDC_TOKEN_AUDIENCE")).problems(realm));
    }

    @Test
    void thePasswordGrantOrAnUnprotectedRealmFails() {
        Map<String, Object> realm = RealmCheck.read(deployedRealm());
        Map<String, Object> client = Tree.map(Tree.list(realm.get("clients")).get(0));
        client.put("directAccessGrantsEnabled", true);
        realm.put("bruteForceProtected", false);
        realm.put("sslRequired", "none");

        assertEquals(List.of("realm: sslRequired is none, not external", "realm: brute-force protection is off",
                "client partner-ui: the password grant is on (directAccessGrantsEnabled) on a public client"),
                new RealmCheck("csp-software").problems(realm));
    }

    @Test
    void theLocalDemoRealmIsNotOneToDeployButCarriesTheServicesAudience() {
        Map<String, Object> demo = RealmCheck.read(repository.root().resolve("local/keycloak/csp-realm.json"));
        String audience = property(repository.root().resolve(
                "service-kit/src/main/resources/META-INF/microprofile-config.properties"), "quarkus.oidc.token.audience");

        assertEquals(List.of("realm: sslRequired is none, not external", "realm: brute-force protection is off",
                "realm: ships 18 users (and their passwords)",
                "client partner-ui: the password grant is on (directAccessGrantsEnabled) on a public client"),
                new RealmCheck(audience).problems(demo));
    }

    private Path deployedRealm() {
        return repository.root().resolve("deploy/keycloak/csp-realm.json");
    }

    private static String property(Path file, String name) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(name + "="))
                    .map(line -> line.substring(name.length() + 1).trim()).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not set in " + file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
