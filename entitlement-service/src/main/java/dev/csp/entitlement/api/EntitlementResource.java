package dev.csp.entitlement.api;

import dev.csp.entitlement.domain.Entitlements;
import dev.csp.entitlement.domain.Viewer;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** "Software": what was bought for a customer, and "Get Key" for those allowed to use it. */
@Path("/v1/entitlements")
public class EntitlementResource {

    private final Entitlements entitlements;
    private final Caller caller;

    EntitlementResource(Entitlements entitlements, Caller caller) {
        this.entitlements = entitlements;
        this.caller = caller;
    }

    /** Everything purchased for the customer, cancelled items included. A customer's admin sees their own tenant's. */
    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_GLOBAL_ADMIN})
    public List<EntitlementView> list(@QueryParam("customerId") UUID customerId) {
        return entitlements.list(viewer(), customerId).stream().map(EntitlementView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_GLOBAL_ADMIN})
    public EntitlementView get(@PathParam("id") UUID id) {
        return EntitlementView.of(entitlements.get(viewer(), id));
    }

    /** The product key. Every read is recorded in the activity log; the response is never cached. */
    @GET
    @Path("/{id}/key")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN})
    public Response key(@PathParam("id") UUID id) {
        String key = entitlements.readKey(viewer(), id, caller.actingAs(Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN))
                .grouped();
        return Response.ok(new KeyView(id, key)).header("Cache-Control", "no-store").build();
    }

    private Viewer viewer() {
        Set<String> roles = Set.of(Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_GLOBAL_ADMIN).stream()
                .filter(caller::hasRole).collect(java.util.stream.Collectors.toSet());
        return new Viewer(caller.tenantId(), roles);
    }

    public record KeyView(UUID entitlementId, String productKey) {
    }
}
