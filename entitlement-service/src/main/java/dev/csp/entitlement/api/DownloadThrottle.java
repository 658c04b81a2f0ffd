package dev.csp.entitlement.api;

import dev.csp.kit.api.Problem;
import dev.csp.kit.limits.TokenBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Anonymous downloads, limited per client address and then per link before anything is served or recorded: a link
 * passed around, or a script hammering links, cannot flood the partner's activity log. Over the limit: 429 with
 * Retry-After.
 */
@ApplicationScoped
class DownloadThrottle {

    private final TokenBuckets perAddress;
    private final TokenBuckets perLink;

    DownloadThrottle(DownloadLimits limits, Clock clock) {
        perAddress = new TokenBuckets(limits.perAddressBurst(), limits.perAddressPerSecond(), clock);
        perLink = new TokenBuckets(limits.perLinkBurst(), limits.perLinkPerSecond(), clock);
    }

    /** Empty when the request may go on; else the 429 to answer. */
    Optional<Response> refuse(String token, String clientAddress) {
        return perAddress.take(clientAddress == null ? "unknown" : clientAddress)
                .or(() -> perLink.take(token))
                .map(DownloadThrottle::tooMany);
    }

    private static Response tooMany(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                .entity(Problem.of(429, "download-rate-limited", "Too many requests",
                        "Too many downloads through this link or from this address; try again in " + seconds + " s."))
                .build();
    }
}
