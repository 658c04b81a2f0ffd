package dev.csp.events.audit;

import dev.csp.events.Event;
import java.time.Instant;
import java.util.UUID;

/**
 * audit-service signed a checkpoint of a partner's activity chain: "the chain had hash {@code chainHash} at link
 * {@code chainSeq}", Ed25519 over the payload documented in audit-service's README. The topic is compacted by
 * partner, so it keeps each partner's latest checkpoint outside audit-service's database: the anchor that a rewritten,
 * shortened or restarted chain no longer matches. Key: partner tenant id.
 */
public record CheckpointSigned(
        UUID eventId,
        Instant occurredAt,
        UUID partnerTenantId,
        long chainSeq,
        String chainHash,
        Instant signedAt,
        String keyId,
        String signature) implements Event {

    public static final String TOPIC = "checkpoint-signed";

    @Override
    public String key() {
        return partnerTenantId.toString();
    }
}
