package dev.csp.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the deployed platform must provide, from docs/ARCHITECTURE.md: the route table and the secrets. */
public final class Platform {

    /** The path prefixes of the local gateway, and the Service each one goes to; "/" is the partner UI. */
    public static final Map<String, String> ROUTE_TABLE = routeTable();

    /** The variables each Deployment must take from a Secret; every service also needs its database password. */
    public static final Map<String, Set<String>> EXTRA_SECRETS = Map.of(
            "entitlement-service", Set.of("CSP_KEYS_ENCRYPTION_KEY", "CSP_DOWNLOADS_SIGNING_KEY"),
            "audit-service", Set.of("CSP_AUDIT_SIGNING_KEY", "QUARKUS_FLYWAY_PASSWORD"));

    public static final String DATABASE_PASSWORD = "QUARKUS_DATASOURCE_PASSWORD";

    private Platform() {
    }

    public static Map<String, Set<String>> requiredSecrets(List<String> services) {
        Map<String, Set<String>> required = new LinkedHashMap<>();
        for (String service : services) {
            Set<String> variables = new TreeSet<>(EXTRA_SECRETS.getOrDefault(service, Set.of()));
            variables.add(DATABASE_PASSWORD);
            required.put(service, variables);
        }
        return required;
    }

    private static Map<String, String> routeTable() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("/v1/markets", "catalog-service");
        table.put("/v1/products", "catalog-service");
        table.put("/v1/customers", "order-service");
        table.put("/v1/support-requests", "order-service");
        table.put("/v1/relationship-requests", "order-service");
        table.put("/v1/entitlements", "entitlement-service");
        table.put("/v1/downloads", "entitlement-service");
        table.put("/v1/activity-log", "audit-service");
        table.put("/v1/invoices", "billing-service");
        table.put("/v1/billing", "billing-service");
        table.put("/", "partner-ui");
        return Map.copyOf(table);
    }
}
