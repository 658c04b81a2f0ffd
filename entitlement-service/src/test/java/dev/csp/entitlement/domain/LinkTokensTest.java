package dev.csp.entitlement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.Actor;
import dev.csp.events.activity.DownloadVariant;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

    private static final Actor AGENT = new Actor("u1", "contoso-admin-agent", UUID.randomUUID(), "admin-agent");
    private final LinkTokens tokens = new LinkTokens(config(Base64.getEncoder().encodeToString(new byte[32])));

    @Test
    void aTokenIsGoodOnlyForItsOwnLinkEntitlementAndBuild() {
        DownloadLink link = link(UUID.randomUUID(), "x64");
        String token = tokens.tokenFor(link);
        LinkTokens.Claim claim = tokens.read(token).orElseThrow();

        assertEquals(link.id, claim.linkId);
        assertTrue(claim.isSignedFor(link));
        assertFalse(claim.isSignedFor(withId(link(UUID.randomUUID(), "x64"), link.id)), "another entitlement");
        assertFalse(claim.isSignedFor(withId(link(link.entitlementId, "x86"), link.id)), "another build");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertFalse(new LinkTokens(config(Base64.getEncoder().encodeToString(otherKey))).read(token).orElseThrow()
                .isSignedFor(link), "another signing key");
        assertEquals(Optional.empty(), tokens.read("a.b.c"));
        assertEquals(Optional.empty(), tokens.read("%%%.%%%"));
    }

    @Test
    void aShortSigningKeyIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new LinkTokens(config(Base64.getEncoder().encodeToString(new byte[31]))));
    }

    private static DownloadLink link(UUID entitlementId, String bitness) {
        Entitlement entitlement = new Entitlement();
        entitlement.id = entitlementId;
        return DownloadLink.create(entitlement, new DownloadVariant("2025", "en-US", bitness), AGENT, Instant.now(),
                Duration.ofHours(1));
    }

    private static DownloadLink withId(DownloadLink link, UUID id) {
        link.id = id;
        return link;
    }

    private static DownloadsConfig config(String key) {
        return new DownloadsConfig() {
            @Override
            public String signingKey() {
                return key;
            }

            @Override
            public Duration linkLifetime() {
                return Duration.ofHours(1);
            }

            @Override
            public Optional<String> bitsFolder() {
                return Optional.empty();
            }
        };
    }
}
