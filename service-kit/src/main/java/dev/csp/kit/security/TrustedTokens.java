package dev.csp.kit.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which signed tokens the platform accepts beyond a valid signature, expiry and audience: only from the listed
 * issuers, only for a listed tenant (a GUID in {@code tid}), and the roles of platform operations only inside the
 * operations tenant. A multi-tenant identity provider (Entra ID with {@code issuer=any}) lets any directory sign in
 * and lets any directory's administrator assign any app role to its own users: these rules are what keeps them out.
 */
public record TrustedTokens(Set<String> issuers, Set<UUID> tenants, boolean anyTenant, UUID operationsTenant) {

    /** In the tenant list: any tenant GUID (the local stack and tests, whose benchmarks and drills make tenants). */
    public static final String ANY_TENANT = "*";

    public TrustedTokens {
        issuers = Set.copyOf(issuers);
        tenants = Set.copyOf(tenants);
    }

    public static TrustedTokens of(List<String> issuers, List<String> tenants, UUID operationsTenant) {
        List<String> listed = tenants.stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
        return new TrustedTokens(issuers.stream().map(TrustedTokens::withoutTrailingSlash).collect(Collectors.toSet()),
                listed.stream().filter(t -> !t.equals(ANY_TENANT)).map(UUID::fromString).collect(Collectors.toSet()),
                listed.contains(ANY_TENANT), operationsTenant);
    }

    /** Why a token with this issuer and {@code tid} claim is refused; empty when it is one of ours. */
    public Optional<String> refusal(String issuer, Object tenantClaim) {
        if (issuer == null || !issuers.contains(withoutTrailingSlash(issuer))) {
            return Optional.of("The token's issuer is not trusted.");
        }
        Optional<UUID> tenant = tenant(tenantClaim);
        if (tenant.isEmpty()) {
            return Optional.of("The token does not name a tenant (tid) as a GUID.");
        }
        if (!anyTenant && !tenant.get().equals(operationsTenant) && !tenants.contains(tenant.get())) {
            return Optional.of("The token's tenant is not a tenant of this platform.");
        }
        return Optional.empty();
    }

    /** The roles that count: those of platform operations only for members of the operations tenant. */
    public Set<String> rolesThatCount(UUID tenant, Set<String> roles) {
        if (operationsTenant.equals(tenant)) {
            return roles;
        }
        return roles.stream().filter(role -> !Roles.OF_PLATFORM_OPERATIONS.contains(role)).collect(Collectors.toSet());
    }

    /** The tenant GUID in a {@code tid} claim, written as a GUID is (36 characters); anything else is none. */
    public static Optional<UUID> tenant(Object claim) {
        if (!(claim instanceof String text) || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String withoutTrailingSlash(String issuer) {
        String trimmed = issuer.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
