package dev.csp.kit.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Takes a request whose bearer token this process verified before ({@link VerifiedTokenProvider}) ahead of Quarkus
 * OIDC's mechanism, which otherwise decodes the token's JSON and resolves its tenant on every request before any
 * provider is asked (a fifth of entitlement-service's event loop under load, issue 15). The identity found still goes
 * through the identity providers' manager, so every augmentor ({@link TokenPolicy} among them) applies to it as to a
 * fresh one. Any other request (no token, a token not remembered, expired or altered) is left to Quarkus OIDC, which
 * verifies it and answers its challenge.
 */
@ApplicationScoped
class RememberedBearer implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    /** Ahead of Quarkus OIDC's mechanism. */
    private static final int AHEAD_OF_OIDC = 2000;

    private final VerifiedTokenProvider provider;

    RememberedBearer(VerifiedTokenProvider provider) {
        this.provider = provider;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        return provider.find(authorization.substring(BEARER.length()).trim())
                .map(identity -> identities.authenticate(
                        HttpSecurityUtils.setRoutingContextAttribute(new Remembered(identity), context)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    /** Never challenges: a request this mechanism did not take is Quarkus OIDC's to answer. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Remembered.class);
    }

    /** None of its own: the token travels as Quarkus OIDC's bearer token does, and this mechanism is never chosen by name. */
    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        return AHEAD_OF_OIDC;
    }

    /** A request for the identity a remembered token was verified as. */
    static final class Remembered extends BaseAuthenticationRequest {

        private final SecurityIdentity identity;

        Remembered(SecurityIdentity identity) {
            this.identity = identity;
        }

        SecurityIdentity identity() {
            return identity;
        }
    }
}
