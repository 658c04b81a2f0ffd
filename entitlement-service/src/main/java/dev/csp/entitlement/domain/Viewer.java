package dev.csp.entitlement.domain;

import dev.csp.kit.security.Roles;
import java.util.Set;
import java.util.UUID;

/**
 * Who is looking at entitlements. A partner sees what it bought for its customers; a customer's own Global admin
 * sees what was bought for that customer's tenant; nobody sees anyone else's.
 */
public record Viewer(UUID tenantId, Set<String> roles) {

    private static final Set<String> PARTNER_READERS = Set.of(Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN);

    public boolean sees(Entitlement entitlement) {
        return asPartner() && entitlement.partnerTenantId.equals(tenantId)
                || asCustomer() && entitlement.customerTenantId.equals(tenantId);
    }

    /** Keys and downloads: the partner's Admin agent, or the customer's own Global admin. */
    public boolean mayUse(Entitlement entitlement) {
        return roles.contains(Roles.ADMIN_AGENT) && entitlement.partnerTenantId.equals(tenantId)
                || asCustomer() && entitlement.customerTenantId.equals(tenantId);
    }

    public boolean asPartner() {
        return roles.stream().anyMatch(PARTNER_READERS::contains);
    }

    public boolean asCustomer() {
        return roles.contains(Roles.CUSTOMER_GLOBAL_ADMIN);
    }
}
