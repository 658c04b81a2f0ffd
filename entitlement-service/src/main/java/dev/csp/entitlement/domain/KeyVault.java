package dev.csp.entitlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts product keys at rest with AES-256-GCM under the key-encryption key from configuration. The
 * entitlement id is authenticated with each ciphertext, so a ciphertext copied onto another row does not decrypt.
 */
@ApplicationScoped
public class KeyVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    KeyVault(@ConfigProperty(name = "csp.keys.encryption-key") String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key);
        if (raw.length != 32) {
            throw new IllegalArgumentException("csp.keys.encryption-key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    byte[] seal(ProductKey productKey, UUID entitlementId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, entitlementId, productKey.grouped().getBytes(StandardCharsets.US_ASCII));
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    ProductKey open(byte[] stored, UUID entitlementId) {
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return ProductKey.of(new String(crypt(Cipher.DECRYPT_MODE, nonce, entitlementId, sealed), StandardCharsets.US_ASCII));
    }

    private byte[] crypt(int mode, byte[] nonce, UUID entitlementId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(entitlementId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Product key cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
