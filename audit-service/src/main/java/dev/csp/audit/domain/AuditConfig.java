package dev.csp.audit.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "csp.audit")
public interface AuditConfig {

    /**
     * The Ed25519 private key that signs checkpoints: its 32-byte seed, base64. No default on purpose: a service
     * without its own key must not start (production passes CSP_AUDIT_SIGNING_KEY).
     */
    String signingKey();

    /**
     * The public halves of keys that signed checkpoints before a rotation (base64 X.509 SubjectPublicKeyInfo, as the
     * service logs its own at start), so those checkpoints still verify. Only public keys: nothing old can be signed.
     */
    Optional<List<String>> retiredPublicKeys();

    /** How far back the log can be read, in years (Partner Center keeps 90 days; compliance needs years). */
    @WithDefault("7")
    int retentionYears();

    /** How often a checkpoint is signed for each chain that has grown since its last one. */
    @WithDefault("1m")
    Duration checkpointEvery();
}
