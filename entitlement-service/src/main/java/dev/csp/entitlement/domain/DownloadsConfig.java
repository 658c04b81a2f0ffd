package dev.csp.entitlement.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "csp.downloads")
public interface DownloadsConfig {

    /** HMAC-SHA256 key for download link tokens, base64, at least 32 bytes. From a secret: no default. */
    String signingKey();

    /** How long a copied link works, unless its purchase is cancelled first. */
    @WithDefault("1h")
    Duration linkLifetime();

    /** Where the local store keeps the files it serves; a folder under java.io.tmpdir when not set. */
    Optional<String> bitsFolder();
}
