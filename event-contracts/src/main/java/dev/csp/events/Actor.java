package dev.csp.events;

import java.util.UUID;

/** Who did something: the signed-in user, their tenant and the role that allowed it. */
public record Actor(String userId, String userName, UUID tenantId, String role) {
}
