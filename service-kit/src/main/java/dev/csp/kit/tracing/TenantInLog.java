package dev.csp.kit.tracing;

import dev.csp.kit.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Priorities;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the signed-in caller's tenant (the token's {@code tid}, a UUID) into the request's log lines and so into the
 * outbox rows it writes; Quarkus adds the trace ids. Nothing else of the token is logged.
 */
public class TenantInLog {

    private final SecurityIdentity identity;

    TenantInLog(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    void tenantOfCaller() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String tenant = TraceHeaders.tenant(token.getClaim(Caller.TENANT_CLAIM));
            if (tenant != null) {
                MDC.put(LogContext.TENANT, tenant);
            }
        }
    }
}
