package dev.csp.entitlement.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The key ring that seals product keys at rest. Rotating: the current key and its id move to {@code retired-keys},
 * a new key becomes {@code encryption-key} under a new {@code encryption-key-id}; the re-sealing job then moves every
 * stored key to it, after which the retired key can be dropped.
 */
@ConfigMapping(prefix = "csp.keys")
public interface KeysConfig {

    /** The key that seals new product keys: AES-256, base64 of 32 bytes. From a secret: no default. */
    String encryptionKey();

    /** The current key's name, stored beside every product key it seals. */
    @WithDefault("k1")
    String encryptionKeyId();

    /**
     * Keys that sealed product keys before the current one, as {@code id:base64}, comma-separated
     * (CSP_KEYS_RETIRED_KEYS): they still open what they sealed until it has been sealed again.
     */
    Optional<List<String>> retiredKeys();

    /** How often {@link KeyResealing} looks for keys sealed with a retired key ({@code off} in tests). */
    @WithDefault("1m")
    String resealEvery();
}
