package dev.csp.entitlement.domain;

public enum EntitlementStatus {
    ACTIVE,
    REVOKED
}
