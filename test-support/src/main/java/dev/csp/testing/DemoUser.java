package dev.csp.testing;

import java.util.Set;
import java.util.UUID;

/** The demo users: the same names, tenants and roles as the local Keycloak realm. Password: demo-password. */
public enum DemoUser {
    CONTOSO_ADMIN_AGENT("contoso-admin-agent", DemoTenants.CONTOSO, "admin-agent"),
    CONTOSO_SALES_AGENT("contoso-sales-agent", DemoTenants.CONTOSO, "sales-agent"),
    CONTOSO_GLOBAL_ADMIN("contoso-global-admin", DemoTenants.CONTOSO, "global-admin"),
    CONTOSO_ACCOUNT_ADMIN("contoso-account-admin", DemoTenants.CONTOSO, "account-admin"),
    CONTOSO_REFERRAL_ADMIN("contoso-referral-admin", DemoTenants.CONTOSO, "referral-admin"),
    CONTOSO_MARKETING_ADMIN("contoso-marketing-admin", DemoTenants.CONTOSO, "marketing-content-admin"),
    FABRIKAM_ADMIN_AGENT("fabrikam-admin-agent", DemoTenants.FABRIKAM, "admin-agent"),
    FABRIKAM_SALES_AGENT("fabrikam-sales-agent", DemoTenants.FABRIKAM, "sales-agent"),
    FABRIKAM_GLOBAL_ADMIN("fabrikam-global-admin", DemoTenants.FABRIKAM, "global-admin"),
    FABRIKAM_ACCOUNT_ADMIN("fabrikam-account-admin", DemoTenants.FABRIKAM, "account-admin"),
    FABRIKAM_REFERRAL_ADMIN("fabrikam-referral-admin", DemoTenants.FABRIKAM, "referral-admin"),
    FABRIKAM_MARKETING_ADMIN("fabrikam-marketing-admin", DemoTenants.FABRIKAM, "marketing-content-admin"),
    ADATUM_ADMIN("adatum-admin", DemoTenants.ADATUM, "customer-global-admin"),
    ADATUM_USER("adatum-user", DemoTenants.ADATUM),
    LITWARE_ADMIN("litware-admin", DemoTenants.LITWARE, "customer-global-admin"),
    NORTHWIND_ADMIN("northwind-admin", DemoTenants.NORTHWIND, "customer-global-admin"),
    OPS_CATALOG_ADMIN("ops-catalog-admin", DemoTenants.OPERATIONS, "catalog-admin"),
    OPS_SUPPORT_AGENT("ops-support-agent", DemoTenants.OPERATIONS, "support-agent");

    public static final String PASSWORD = dev.csp.stack.Realm.DEMO_PASSWORD;

    private final String userName;
    private final UUID tenantId;
    private final Set<String> roles;

    DemoUser(String userName, UUID tenantId, String... roles) {
        this.userName = userName;
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
