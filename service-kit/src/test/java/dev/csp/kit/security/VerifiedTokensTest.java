package dev.csp.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.testing.SteppedClock;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T16:00:00Z");

    private final SteppedClock clock = new SteppedClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofMinutes(2), 3);
    private final SecurityIdentity alice = QuarkusSecurityIdentity.builder().setPrincipal(() -> "alice").build();

    @Test
    void aTokenIsFoundUntilItExpires() {
        tokens.remember("a", alice, Optional.of(NOW.plusSeconds(60)));

        clock.set(NOW.plusSeconds(59));
        assertEquals(Optional.of(alice), tokens.find("a"));
        clock.set(NOW.plusSeconds(60));
        assertEquals(Optional.empty(), tokens.find("a"), "expired at its exp");
        assertEquals(0, tokens.size(), "and forgotten");
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        tokens.remember("a", alice, Optional.of(NOW.plus(Duration.ofHours(1))));

        clock.set(NOW.plus(Duration.ofMinutes(2)).minusMillis(1));
        assertTrue(tokens.find("a").isPresent());
        clock.set(NOW.plus(Duration.ofMinutes(2)));
        assertEquals(Optional.empty(), tokens.find("a"));
    }

    @Test
    void aTokenWithoutExpiryOrAlreadyExpiredIsNotRemembered() {
        tokens.remember("no exp", alice, Optional.empty());
        tokens.remember("expired", alice, Optional.of(NOW));

        assertEquals(Optional.empty(), tokens.find("no exp"));
        assertEquals(Optional.empty(), tokens.find("expired"));
        assertEquals(0, tokens.size());
    }

    @Test
    void onlyTheVeryTokenIsFound() {
        tokens.remember("header.payload.signature", alice, Optional.of(NOW.plusSeconds(60)));

        assertEquals(Optional.empty(), tokens.find("header.payload.signaturE"));
        assertEquals(Optional.empty(), tokens.find("header.payload."));
    }

    @Test
    void beyondItsSizeExpiredEntriesGoFirstThenAll() {
        tokens.remember("short", alice, Optional.of(NOW.plusSeconds(1)));
        tokens.remember("b", alice, Optional.of(NOW.plusSeconds(60)));
        tokens.remember("c", alice, Optional.of(NOW.plusSeconds(60)));
        clock.set(NOW.plusSeconds(1));

        tokens.remember("d", alice, Optional.of(NOW.plusSeconds(60)));
        assertEquals(3, tokens.size(), "the expired one made room");
        assertTrue(tokens.find("b").isPresent());

        tokens.remember("e", alice, Optional.of(NOW.plusSeconds(60)));
        assertEquals(1, tokens.size(), "none expired: all forgotten, the new one kept");
        assertTrue(tokens.find("e").isPresent());
    }
}
