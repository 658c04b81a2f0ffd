package dev.csp.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A signed statement: partner {@code partnerTenantId}'s chain had hash {@code chainHash} at link {@code chainSeq}. */
public record Checkpoint(UUID partnerTenantId, long chainSeq, String chainHash, Instant signedAt, String keyId,
                         String signature) {

    /** Exactly what is signed. */
    String payload() {
        return "csp-audit-checkpoint/v1\n" + partnerTenantId + "\n" + chainSeq + "\n" + chainHash + "\n"
                + ChronoUnit.MICROS.between(Instant.EPOCH, signedAt) + "\n" + keyId;
    }
}
