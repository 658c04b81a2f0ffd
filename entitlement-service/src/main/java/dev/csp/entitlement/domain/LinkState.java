package dev.csp.entitlement.domain;

/** Where a download link stands: a revoked link stays revoked whatever its expiry says. */
public enum LinkState {
    ACTIVE,
    EXPIRED,
    REVOKED
}
