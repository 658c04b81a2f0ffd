package dev.csp.entitlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts product keys at rest with AES-256-GCM under the current key of a ring ({@link KeysConfig}); every sealed
 * key names the ring key that sealed it, so keys sealed before a rotation still open until they are sealed again.
 * The entitlement id is authenticated with each ciphertext, so a ciphertext copied onto another row does not decrypt.
 */
@ApplicationScoped
public class KeyVault {

    /** A product key as stored: the ring key's id, then a 12-byte nonce followed by ciphertext and tag. */
    record Sealed(String keyId, byte[] ciphertext) {
    }

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** One cipher per thread, initialised afresh (key, nonce) for every use: Cipher.getInstance is a provider search. */
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });
    private final String currentId;
    private final Map<String, SecretKey> ring = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Inject
    KeyVault(KeysConfig config) {
        this(config.encryptionKeyId(), config.encryptionKey(), config.retiredKeys().orElse(List.of()));
    }

    KeyVault(String currentId, String currentKey, List<String> retiredKeys) {
        this.currentId = currentId;
        ring.put(currentId, aes(currentId, currentKey));
        for (String retired : retiredKeys) {
            int colon = retired.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("csp.keys.retired-keys holds id:base64 pairs; one has no id");
            }
            String id = retired.substring(0, colon).trim();
            if (ring.put(id, aes(id, retired.substring(colon + 1).trim())) != null) {
                throw new IllegalArgumentException("key id " + id + " is in the ring twice");
            }
        }
    }

    private static SecretKey aes(String id, String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key);
        if (raw.length != 32) {
            throw new IllegalArgumentException("encryption key " + id + " must be 32 bytes, base64-encoded");
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** The id of the key that seals new product keys. */
    String currentKeyId() {
        return currentId;
    }

    /** The ring's other keys: they open what they sealed, and seal nothing new. */
    List<String> retiredKeyIds() {
        return ring.keySet().stream().filter(id -> !id.equals(currentId)).sorted().toList();
    }

    Sealed seal(ProductKey productKey, UUID entitlementId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, ring.get(currentId), nonce, entitlementId,
                productKey.grouped().getBytes(StandardCharsets.US_ASCII));
        return new Sealed(currentId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    ProductKey open(Sealed stored, UUID entitlementId) {
        SecretKey key = ring.get(stored.keyId());
        if (key == null) {
            throw new IllegalStateException("Product key of entitlement " + entitlementId + " was sealed with key "
                    + stored.keyId() + ", which is not in the ring (csp.keys.retired-keys)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(stored.ciphertext());
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return ProductKey.of(new String(crypt(Cipher.DECRYPT_MODE, key, nonce, entitlementId, sealed),
                StandardCharsets.US_ASCII));
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, UUID entitlementId, byte[] input) {
        try {
            Cipher cipher = GCM.get();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(entitlementId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Product key cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
