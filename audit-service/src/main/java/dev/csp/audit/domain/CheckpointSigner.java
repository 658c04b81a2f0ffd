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
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Signs checkpoints with the Ed25519 key from {@code csp.audit.signing-key} and checks them with its public half, or
 * with the public half of a retired key ({@code csp.audit.retired-public-keys}) for checkpoints signed before a key
 * rotation. Ed25519 rather than an HMAC: the public key can be handed to an auditor, who can then check checkpoints
 * without being able to make them. Created at start, so a malformed key stops the service at once, not a minute later.
 */
@Startup
@ApplicationScoped
public class CheckpointSigner {

    private static final Logger LOG = Logger.getLogger(CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    /** Every key a checkpoint may name: this one and the retired ones, by key id. */
    private final Map<String, PublicKey> verificationKeys = new HashMap<>();

    @Inject
    CheckpointSigner(AuditConfig config) {
        this(config.signingKey(), config.retiredPublicKeys().orElse(List.of()));
        LOG.infof("Checkpoints are signed with key %s, public key %s; %d retired key(s) verify older checkpoints", keyId,
                publicKey(), verificationKeys.size() - 1);
    }

    CheckpointSigner(String base64Seed) {
        this(base64Seed, List.of());
    }

    CheckpointSigner(String base64Seed, List<String> retiredPublicKeys) {
        byte[] seed = seed(base64Seed);
        try {
            privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
            publicKey = publicKeyOf(seed);
            keyId = keyIdOf(publicKey);
            for (String retired : retiredPublicKeys) {
                PublicKey key = retiredKey(retired);
                verificationKeys.put(keyIdOf(key), key);
            }
            verificationKeys.put(keyId, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17", e);
        }
    }

    /** The public half, X.509 (SubjectPublicKeyInfo) DER in base64: what goes into another service's retired keys. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** Answers null when the checkpoint's signature verifies with the key it names, or else why not. */
    Verification.Reason check(Checkpoint checkpoint) {
        PublicKey key = verificationKeys.get(checkpoint.keyId());
        if (key == null) {
            return Verification.Reason.CHECKPOINT_KEY_UNKNOWN;
        }
        return verifies(key, checkpoint.payload(), checkpoint.signature()) ? null : Verification.Reason.CHECKPOINT_NOT_AUTHENTIC;
    }

    /** True when the checkpoint's signature verifies with a key this service knows (the current or a retired one). */
    public boolean authentic(Checkpoint checkpoint) {
        return check(checkpoint) == null;
    }

    /** Every key a checkpoint may name, by key id: the public halves (X.509 DER, base64), for auditors to keep. */
    public Map<String, String> publicKeys() {
        Map<String, String> keys = new java.util.TreeMap<>();
        verificationKeys.forEach((id, key) -> keys.put(id, Base64.getEncoder().encodeToString(key.getEncoded())));
        return keys;
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
        return verifies(publicKey, payload, base64Signature);
    }

    private static boolean verifies(PublicKey key, String payload, String base64Signature) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String keyIdOf(PublicKey key) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
    }

    private static PublicKey retiredKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(decode(base64,
                    "csp.audit.retired-public-keys")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("csp.audit.retired-public-keys holds a key that is not an Ed25519 public key"
                    + " (X.509 SubjectPublicKeyInfo, base64): " + base64, e);
        }
    }

    private static byte[] decode(String base64, String property) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " must be base64", e);
        }
    }

    private static byte[] seed(String base64Seed) {
        byte[] seed = decode(base64Seed, "csp.audit.signing-key");
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
