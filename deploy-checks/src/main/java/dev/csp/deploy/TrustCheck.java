package dev.csp.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The trust boundaries the services are configured with (issue 17): tokens must name the API's audience; only the
 * listed tenants sign in (explicit GUIDs, never "*", which admits any), the operations tenant is set, forwarded
 * headers are trusted from listed proxies only, and every service route tells the service that the client spoke https.
 */
public final class TrustCheck implements Check {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> platform = manifests.ofKind("ConfigMap").stream()
                .filter(c -> c.name().startsWith("csp-platform")).findFirst().map(c -> c.map("data")).orElse(Map.of());
        require(platform, "QUARKUS_OIDC_TOKEN_AUDIENCE", problems);
        require(platform, "CSP_TRUSTED_PROXIES", problems);
        String proxies = Tree.text(platform, "CSP_TRUSTED_PROXIES");
        if (proxies != null && !List.of(proxies.split(",")).stream().allMatch(p -> IPV4.matcher(p.trim()).matches())) {
            problems.add("ConfigMap csp-platform: CSP_TRUSTED_PROXIES must list IPv4 addresses or CIDRs (a name or an"
                    + " IPv6 literal makes every request ask DNS), is " + proxies);
        }
        String tenants = Tree.text(platform, "CSP_TRUSTED_TENANTS");
        if (tenants == null || tenants.isBlank() || !List.of(tenants.split(",")).stream()
                .allMatch(t -> GUID.matcher(t.trim()).matches())) {
            problems.add("ConfigMap csp-platform: CSP_TRUSTED_TENANTS must list tenant GUIDs, is " + tenants);
        }
        String operations = Tree.text(platform, "CSP_OPERATIONS_TENANT_ID");
        if (operations == null || !GUID.matcher(operations.trim()).matches()) {
            problems.add("ConfigMap csp-platform: CSP_OPERATIONS_TENANT_ID must be a GUID, is " + operations);
        }
        for (Resource route : manifests.ofKind("HTTPRoute")) {
            for (Object rule : route.list("spec", "rules")) {
                boolean toService = Tree.list(Tree.at(rule, "backendRefs")).stream()
                        .anyMatch(ref -> String.valueOf(Tree.text(ref, "name")).endsWith("-service"));
                if (toService && !forwardsHttps(rule)) {
                    problems.add("HTTPRoute " + route.name() + ": does not set X-Forwarded-Proto: https for the service");
                }
            }
        }
        return problems;
    }

    private static void require(Map<String, Object> platform, String name, List<String> problems) {
        String value = Tree.text(platform, name);
        if (value == null || value.isBlank()) {
            problems.add("ConfigMap csp-platform: no " + name);
        }
    }

    private static boolean forwardsHttps(Object rule) {
        return Tree.list(Tree.at(rule, "filters")).stream()
                .filter(f -> Tree.isValue(Tree.at(f, "type"), "RequestHeaderModifier"))
                .flatMap(f -> Tree.list(Tree.at(f, "requestHeaderModifier", "set")).stream())
                .anyMatch(h -> Tree.isValue(Tree.at(h, "name"), "X-Forwarded-Proto") && Tree.isValue(Tree.at(h, "value"), "https"));
    }
}
