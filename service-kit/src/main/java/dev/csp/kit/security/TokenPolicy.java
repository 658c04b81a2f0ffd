package dev.csp.kit.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Applies {@link TrustedTokens} to every verified bearer token, before any resource sees it: a token from an issuer
 * or for a tenant outside the allow-list, or without a GUID in {@code tid}, fails authentication (401, like a bad
 * signature); the roles of platform operations are dropped from a token of any other tenant (then 403 where they
 * were needed). Signature, expiry, issuer and audience ({@code quarkus.oidc.token.audience}) Quarkus OIDC has
 * already checked.
 */
@ApplicationScoped
class TokenPolicy implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenPolicy.class);

    private final TrustedTokens trusted;

    TokenPolicy(@ConfigProperty(name = "csp.identity.issuers") List<String> issuers,
                @ConfigProperty(name = "csp.identity.tenants") List<String> tenants,
                @ConfigProperty(name = "csp.operations-tenant-id") UUID operationsTenant) {
        this.trusted = TrustedTokens.of(issuers, tenants, operationsTenant);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object tenantClaim = plain(token.getClaim(Caller.TENANT_CLAIM));
        Optional<String> refusal = trusted.refusal(token.getIssuer(), tenantClaim);
        if (refusal.isPresent()) {
            LOG.debugf("Token of %s refused: %s", token.getSubject(), refusal.get());
            return Uni.createFrom().failure(new AuthenticationFailedException(refusal.get()));
        }
        UUID tenant = TrustedTokens.tenant(tenantClaim).orElseThrow();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissions(identity.getPermissions())
                .addPermissionChecker(identity::checkPermission)
                .addRoles(trusted.rolesThatCount(tenant, identity.getRoles()))
                .build());
    }

    private static Object plain(Object claim) {
        return claim instanceof JsonString json ? json.getString() : claim;
    }
}
