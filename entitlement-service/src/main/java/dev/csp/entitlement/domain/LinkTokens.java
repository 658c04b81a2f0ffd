package dev.csp.entitlement.domain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Download link tokens: the link's id and expiry, and an HMAC-SHA256 over them together with the entitlement and
 * the build the link is for. The id is random (122 bits) and the MAC is 256 bits, so a token can be neither guessed
 * nor altered, nor moved to another entitlement or build, without the signing key.
 */
@jakarta.enterprise.context.ApplicationScoped
public class LinkTokens {

    private static final String PURPOSE = "csp-download-link-v1";
    private static final int PAYLOAD_BYTES = 16 + 8;
    private static final int MAC_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Duration lifetime;

    LinkTokens(DownloadsConfig config) {
        byte[] raw = Base64.getDecoder().decode(config.signingKey());
        if (raw.length < 32) {
            throw new IllegalArgumentException("csp.downloads.signing-key must be at least 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
        this.lifetime = config.linkLifetime();
    }

    Duration lifetime() {
        return lifetime;
    }

    String tokenFor(DownloadLink link) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES).putLong(link.id.getMostSignificantBits())
                .putLong(link.id.getLeastSignificantBits()).putLong(link.expiresAt.getEpochSecond()).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload, link));
    }

    /** What a token claims, if it is shaped like one of ours; whether it is genuine is {@link Claim#isSignedFor}. */
    Optional<Claim> read(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
            byte[] mac = Base64.getUrlDecoder().decode(parts[1]);
            if (payload.length != PAYLOAD_BYTES || mac.length != MAC_BYTES) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID linkId = new UUID(buffer.getLong(), buffer.getLong());
            return Optional.of(new Claim(linkId, Instant.ofEpochSecond(buffer.getLong()), payload, mac));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload, DownloadLink link) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            data.writeUTF(PURPOSE);
            data.write(payload);
            data.writeUTF(link.entitlementId.toString());
            data.writeUTF(link.version);
            data.writeUTF(link.language);
            data.writeUTF(link.bitness);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(bytes.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** A token taken apart: the link it names, the expiry it states, and its MAC. */
    final class Claim {
        final UUID linkId;
        final Instant expiresAt;
        private final byte[] payload;
        private final byte[] mac;

        private Claim(UUID linkId, Instant expiresAt, byte[] payload, byte[] mac) {
            this.linkId = linkId;
            this.expiresAt = expiresAt;
            this.payload = payload;
            this.mac = mac;
        }

        /** Compared in constant time, so timing tells an attacker nothing about how close a forgery came. */
        boolean isSignedFor(DownloadLink link) {
            return link.expiresAt.equals(expiresAt) && MessageDigest.isEqual(mac, mac(payload, link));
        }
    }
}
