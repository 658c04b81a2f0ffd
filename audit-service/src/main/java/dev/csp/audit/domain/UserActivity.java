package dev.csp.audit.domain;

import java.time.Instant;
import java.util.UUID;

/** One user who accessed keys or downloaded software in a period: how often, and when last. */
public record UserActivity(String userName, UUID userTenantId, long keyAccesses, long downloadLinksCreated,
                           long downloads, Instant lastActivityAt) {
}
