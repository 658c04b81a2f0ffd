package dev.csp.order.api;

import dev.csp.kit.api.Paging;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import dev.csp.order.domain.RelationshipRequests;
import dev.csp.order.domain.ResellerRelationship;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The customer's side of the reseller relationship: its Global admin sees the partners' requests to their own tenant
 * and accepts or declines them. Until one is accepted, that partner cannot buy for the customer.
 */
@Path("/v1/relationship-requests")
@Tag(name = "Relationship requests", description = "Partners' reseller relationship requests, answered by the "
        + "customer's Global admin.")
public class RelationshipRequestResource {

    @Inject
    RelationshipRequests requests;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.CUSTOMER_GLOBAL_ADMIN)
    @Operation(operationId = "listRelationshipRequests", summary = "List the partners' requests to your tenant",
            description = "Newest first; `status` keeps those PENDING, ACCEPTED or DECLINED.")
    @APIResponse(responseCode = "200", description = "A page of requests.")
    @APIResponse(responseCode = "400", description = "`status`, `limit` or `cursor` is not valid.")
    public RestResponse<List<RelationshipRequestView>> list(@QueryParam("status") ResellerRelationship status,
                                                            @QueryParam("cursor") String cursor,
                                                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
                                                            @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        return paging.page(requests.to(caller.tenantId(), status, paging.offset(), paging.fetch()))
                .map(RelationshipRequestView::of).answer(uri);
    }

    @POST
    @Path("/{requestId}/acceptance")
    @RolesAllowed(Roles.CUSTOMER_GLOBAL_ADMIN)
    @Operation(operationId = "acceptRelationshipRequest", summary = "Accept a partner's reseller relationship request",
            description = "The partner may then buy on your behalf. Accepting again answers the same.",
            extensions = @Extension(name = "x-csp-action", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The request, accepted.")
    @APIResponse(responseCode = "404", description = "No such request to your tenant.")
    @APIResponse(responseCode = "409", description = "The request was declined already.")
    public RelationshipRequestView accept(@PathParam("requestId") UUID requestId) {
        return answer(requestId, ResellerRelationship.ACCEPTED);
    }

    @POST
    @Path("/{requestId}/decline")
    @RolesAllowed(Roles.CUSTOMER_GLOBAL_ADMIN)
    @Operation(operationId = "declineRelationshipRequest", summary = "Decline a partner's reseller relationship request",
            description = "The partner still cannot buy on your behalf. Declining again answers the same.",
            extensions = @Extension(name = "x-csp-action", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The request, declined.")
    @APIResponse(responseCode = "404", description = "No such request to your tenant.")
    @APIResponse(responseCode = "409", description = "The request was accepted already.")
    public RelationshipRequestView decline(@PathParam("requestId") UUID requestId) {
        return answer(requestId, ResellerRelationship.DECLINED);
    }

    private RelationshipRequestView answer(UUID requestId, ResellerRelationship answer) {
        return RelationshipRequestView.of(requests.answer(caller.tenantId(), requestId, answer, caller.userName()));
    }
}
