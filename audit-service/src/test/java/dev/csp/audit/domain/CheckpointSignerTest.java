package dev.csp.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckpointSignerTest {

    private final String key = newKey();
    private final CheckpointSigner signer = new CheckpointSigner(key);
    private final Checkpoint checkpoint = new Checkpoint(UUID.randomUUID(), 42, "ab".repeat(32), Instant.parse("2026-11-01T10:00:00Z"),
            signer.keyId(), null);

    @Test
    void aSignedCheckpointVerifiesAndAnyChangeToItDoesNot() {
        String signature = signer.sign(checkpoint.payload());
        assertTrue(signer.verifies(checkpoint.payload(), signature));
        Checkpoint moved = new Checkpoint(checkpoint.partnerTenantId(), 43, checkpoint.chainHash(), checkpoint.signedAt(),
                checkpoint.keyId(), signature);
        assertFalse(signer.verifies(moved.payload(), signature));
        assertFalse(signer.verifies(checkpoint.payload(), "not base64!"));
    }

    @Test
    void anotherKeyNeitherVerifiesNorSharesTheKeyId() {
        CheckpointSigner other = new CheckpointSigner(newKey());
        assertFalse(other.verifies(checkpoint.payload(), signer.sign(checkpoint.payload())));
        assertNotEquals(signer.keyId(), other.keyId());
        assertEquals(signer.keyId(), new CheckpointSigner(key).keyId());
    }

    @Test
    void afterARotationTheOldKeysCheckpointsVerifyWithItsPublicHalfAndUnknownKeysAreNamedAsSuch() {
        Checkpoint signedBefore = signed(signer, checkpoint);
        CheckpointSigner rotated = new CheckpointSigner(newKey(), List.of(signer.publicKey()));
        CheckpointSigner forgetful = new CheckpointSigner(newKey());

        assertNull(rotated.check(signedBefore));
        assertNull(rotated.check(signed(rotated, checkpoint)));
        assertEquals(Verification.Reason.CHECKPOINT_KEY_UNKNOWN, forgetful.check(signedBefore));
        Checkpoint changed = new Checkpoint(signedBefore.partnerTenantId(), 43, signedBefore.chainHash(), signedBefore.signedAt(),
                signedBefore.keyId(), signedBefore.signature());
        assertEquals(Verification.Reason.CHECKPOINT_NOT_AUTHENTIC, rotated.check(changed));
    }

    @Test
    void aRetiredKeyThatIsNotAnEd25519PublicKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CheckpointSigner(key, List.of("not base64!")));
        assertThrows(IllegalArgumentException.class, () -> new CheckpointSigner(key, List.of(newKey())));
    }

    private static Checkpoint signed(CheckpointSigner by, Checkpoint unsigned) {
        Checkpoint named = new Checkpoint(unsigned.partnerTenantId(), unsigned.chainSeq(), unsigned.chainHash(),
                unsigned.signedAt(), by.keyId(), null);
        return new Checkpoint(named.partnerTenantId(), named.chainSeq(), named.chainHash(), named.signedAt(), named.keyId(),
                by.sign(named.payload()));
    }

    @Test
    void aKeyThatIsNotA32ByteSeedIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CheckpointSigner(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new CheckpointSigner("%%%"));
    }

    private static String newKey() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return Base64.getEncoder().encodeToString(seed);
    }
}
