package dev.csp.kit.security;

import dev.csp.events.Actor;
import dev.csp.kit.api.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user of this request: who, in which tenant (the token's {@code tid} claim), with which roles. */
@RequestScoped
public class Caller {

    public static final String TENANT_CLAIM = "tid";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;

    public UUID tenantId() {
        String tenant = token.getClaim(TENANT_CLAIM);
        try {
            return UUID.fromString(tenant);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.forbidden("The token does not name a tenant.");
        }
    }

    public boolean belongsTo(UUID tenant) {
        return tenantId().equals(tenant);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public String userName() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    /** The caller as recorded in events, acting under the first of the given roles that they hold. */
    public Actor actingAs(String... rolesInPreference) {
        String role = Arrays.stream(rolesInPreference).filter(identity::hasRole).findFirst()
                .orElseThrow(() -> ProblemException.forbidden("Your role does not allow this."));
        return new Actor(token.getSubject(), userName(), tenantId(), role);
    }
}
