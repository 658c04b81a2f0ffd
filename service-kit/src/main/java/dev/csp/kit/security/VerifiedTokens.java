package dev.csp.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens this process has verified, with the identity Quarkus OIDC made of each, so that a client's next
 * request with the same token is not verified again (an RS256 check and the token's JSON were a third of
 * entitlement-service's CPU under load, issue 15). A token is found only until it expires or until {@code maxAge}
 * after its verification, whichever comes first, so a signing key Keycloak withdraws stops being honoured within
 * {@code maxAge}. The key is the whole token: a token altered in any character is another token, verified afresh.
 * Bounded: past {@code maxSize} entries the expired ones go, and if that is not enough, all of them (each token is
 * then verified once more).
 */
final class VerifiedTokens {

    private record Verified(SecurityIdentity identity, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration maxAge;
    private final int maxSize;

    VerifiedTokens(Clock clock, Duration maxAge, int maxSize) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.maxSize = maxSize;
    }

    Optional<SecurityIdentity> find(String token) {
        Verified entry = verified.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            verified.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /** {@code expires}: the token's own {@code exp}; a token without one is not remembered. */
    void remember(String token, SecurityIdentity identity, Optional<Instant> expires) {
        if (expires.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant until = expires.get().isBefore(now.plus(maxAge)) ? expires.get() : now.plus(maxAge);
        if (!now.isBefore(until)) {
            return;
        }
        if (verified.size() >= maxSize) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= maxSize) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(identity, until));
    }

    int size() {
        return verified.size();
    }
}
