package dev.csp.kit.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers each bearer token Quarkus OIDC verified, with the identity it made of it ({@link VerifiedTokens}), and
 * answers {@link RememberedBearer}'s requests with that identity; a token not found is left to Quarkus OIDC. The
 * identity is taken as the OIDC provider gives it, before any augmentor, so {@link TokenPolicy} and the others apply
 * to a remembered identity exactly as to a fresh one. What belongs to one request (its routing context and blocking
 * context) is not remembered: each request gets its own.
 */
@ApplicationScoped
class VerifiedTokenProvider implements IdentityProvider<RememberedBearer.Remembered> {

    /** The augmentor runs ahead of every other one (Quarkus': 0 to 1000). */
    private static final int AHEAD_OF_QUARKUS = 2000;
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String BLOCKING_CONTEXT = AuthenticationRequestContext.class.getName();
    private static final String REMEMBERED = VerifiedTokenProvider.class.getName() + ".remembered";

    private final VerifiedTokens tokens;

    /**
     * Expiry is judged by the system clock, as Quarkus OIDC judges it, not by the injectable domain {@link Clock}: a
     * test standing on day 61 must not keep an expired token alive.
     */
    VerifiedTokenProvider(@ConfigProperty(name = "csp.identity.verified-tokens.max-age", defaultValue = "PT2M") Duration maxAge,
                          @ConfigProperty(name = "csp.identity.verified-tokens.max-size", defaultValue = "4096") int maxSize) {
        this.tokens = new VerifiedTokens(Clock.systemUTC(), maxAge, maxSize);
    }

    @Override
    public Class<RememberedBearer.Remembered> getRequestType() {
        return RememberedBearer.Remembered.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RememberedBearer.Remembered request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(request.identity())
                .addAttribute(ROUTING_CONTEXT, HttpSecurityUtils.getRoutingContextAttribute(request))
                .addAttribute(BLOCKING_CONTEXT, context)
                .addAttribute(REMEMBERED, true)
                .build());
    }

    /** The identity this token was verified as, while it is remembered. */
    Optional<SecurityIdentity> find(String token) {
        return tokens.find(token);
    }

    void remember(String token, SecurityIdentity identity, Optional<Instant> expires) {
        tokens.remember(token, identity, expires);
    }

    /** Remembers each identity Quarkus OIDC verified, first among the augmentors, so before any of them changed it. */
    @ApplicationScoped
    static class Remember implements SecurityIdentityAugmentor {

        private final VerifiedTokenProvider provider;

        Remember(VerifiedTokenProvider provider) {
            this.provider = provider;
        }

        @Override
        public int priority() {
            return AHEAD_OF_QUARKUS;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            TokenCredential token = identity.getCredential(TokenCredential.class);
            if (token != null && identity.getAttribute(REMEMBERED) == null
                    && identity.getPrincipal() instanceof JsonWebToken jwt) {
                Optional<Instant> expires = jwt.getExpirationTime() > 0
                        ? Optional.of(Instant.ofEpochSecond(jwt.getExpirationTime())) : Optional.empty();
                provider.remember(token.getToken(), withoutRequest(identity), expires);
            }
            return Uni.createFrom().item(identity);
        }

        private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
            Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
            attributes.remove(ROUTING_CONTEXT);
            attributes.remove(BLOCKING_CONTEXT);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addRoles(identity.getRoles())
                    .addPermissions(identity.getPermissions())
                    .addAttributes(attributes)
                    .build();
        }
    }
}
