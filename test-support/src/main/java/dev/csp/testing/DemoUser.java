package dev.csp.testing;

import static dev.csp.testing.DemoTenants.ADATUM;
import static dev.csp.testing.DemoTenants.CONTOSO;
import static dev.csp.testing.DemoTenants.FABRIKAM;
import static dev.csp.testing.DemoTenants.LITWARE;
import static dev.csp.testing.DemoTenants.NORTHWIND;
import static dev.csp.testing.DemoTenants.OPERATIONS;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The demo users: the same names, tenants and roles as the local Keycloak realm (a user's name is its constant's, in
 * lower case with hyphens: CONTOSO_ADMIN_AGENT is contoso-admin-agent). Password: demo-password.
 */
public enum DemoUser {
    CONTOSO_ADMIN_AGENT(CONTOSO, "admin-agent"),
    CONTOSO_SALES_AGENT(CONTOSO, "sales-agent"),
    CONTOSO_GLOBAL_ADMIN(CONTOSO, "global-admin"),
    CONTOSO_ACCOUNT_ADMIN(CONTOSO, "account-admin"),
    CONTOSO_REFERRAL_ADMIN(CONTOSO, "referral-admin"),
    CONTOSO_MARKETING_ADMIN(CONTOSO, "marketing-content-admin"),
    FABRIKAM_ADMIN_AGENT(FABRIKAM, "admin-agent"),
    FABRIKAM_SALES_AGENT(FABRIKAM, "sales-agent"),
    FABRIKAM_GLOBAL_ADMIN(FABRIKAM, "global-admin"),
    FABRIKAM_ACCOUNT_ADMIN(FABRIKAM, "account-admin"),
    FABRIKAM_REFERRAL_ADMIN(FABRIKAM, "referral-admin"),
    FABRIKAM_MARKETING_ADMIN(FABRIKAM, "marketing-content-admin"),
    ADATUM_ADMIN(ADATUM, "customer-global-admin"),
    ADATUM_USER(ADATUM),
    LITWARE_ADMIN(LITWARE, "customer-global-admin"),
    NORTHWIND_ADMIN(NORTHWIND, "customer-global-admin"),
    OPS_CATALOG_ADMIN(OPERATIONS, "catalog-admin"),
    OPS_SUPPORT_AGENT(OPERATIONS, "support-agent");

    public static final String PASSWORD = dev.csp.stack.Realm.DEMO_PASSWORD;

    private final String userName;
    private final UUID tenantId;
    private final Set<String> roles;

    DemoUser(UUID tenantId, String... roles) {
        this.userName = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.tenantId = tenantId;
        this.roles = Set.of(roles);
    }

    public String userName() {
        return userName;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public Set<String> roles() {
        return roles;
    }

    /** A stable subject id per user, as an identity provider would give. */
    public UUID subject() {
        return UUID.nameUUIDFromBytes(userName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
