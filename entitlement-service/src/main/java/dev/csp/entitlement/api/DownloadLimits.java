package dev.csp.entitlement.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many anonymous downloads a link, and a client address (as the trusted gateway forwards it), may make: a burst
 * at once, then so many a second. Every download is an entry in the partner's activity log, so a flood must not
 * reach it.
 */
@ConfigMapping(prefix = "csp.download-limits")
public interface DownloadLimits {

    @WithDefault("30")
    int perLinkBurst();

    @WithDefault("1")
    double perLinkPerSecond();

    @WithDefault("60")
    int perAddressBurst();

    @WithDefault("2")
    double perAddressPerSecond();
}
