package dev.csp.audit.domain;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs checkpoints with the Ed25519 key from {@code csp.audit.signing-key} and checks them with its public half.
 * Ed25519 rather than an HMAC: the public key can be handed to an auditor, who can then check checkpoints without
 * being able to make them. Created at start, so a malformed key stops the service at once, not a minute later.
 */
@Startup
@ApplicationScoped
public class CheckpointSigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    @Inject
    CheckpointSigner(AuditConfig config) {
        this(config.signingKey());
    }

    CheckpointSigner(String base64Seed) {
        byte[] seed = decode(base64Seed);
        try {
            privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
            publicKey = publicKeyOf(seed);
            keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17", e);
        }
    }

    /** Names the key, so a checkpoint shows which key signed it (and a rotated key is told apart). */
    public String keyId() {
        return keyId;
    }

    String sign(String payload) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a checkpoint", e);
        }
    }

    boolean verifies(String payload, String base64Signature) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(String base64Seed) {
        byte[] seed;
        try {
            seed = Base64.getDecoder().decode(base64Seed.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("csp.audit.signing-key must be base64", e);
        }
        if (seed.length != 32) {
            throw new IllegalArgumentException("csp.audit.signing-key must be an Ed25519 seed of 32 bytes, not " + seed.length);
        }
        return seed;
    }

    /** Java has no API to derive the public key from the seed; generating "at random" from the seed itself does it. */
    private static PublicKey publicKeyOf(byte[] seed) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        });
        return generator.generateKeyPair().getPublic();
    }
}
