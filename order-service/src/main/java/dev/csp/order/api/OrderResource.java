package dev.csp.order.api;

import dev.csp.kit.api.Paging;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.idempotency.Idempotency;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import dev.csp.order.domain.Orders;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "Add products" and the order history of one customer; cancelling a purchase, or some of its lines, within its window. */
@Path("/v1/customers/{customerId}/orders")
@Tag(name = "Orders", description = "A customer's orders, and cancelling them within their window.")
public class OrderResource {

    @Inject
    Orders orders;
    @Inject
    Caller caller;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(operationId = "placeOrder", summary = "Place an order for a customer",
            description = "Charged on the partner's monthly invoice. Idempotency-Key makes a retry answer the first "
                    + "response again.")
    @APIResponse(responseCode = "201", description = "The order placed.",
            headers = @Header(name = "Location", description = "The order."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "No such customer of this partner.")
    @APIResponse(responseCode = "409", description = "The customer's Global admin has not accepted the partner's "
            + "reseller relationship (`reseller-relationship-required`).")
    @APIResponse(responseCode = "422", description = "A SKU that is unknown, not sold in the customer's market or not "
            + "with that term, billing or quantity.")
    public Response place(@PathParam("customerId") UUID customerId, @HeaderParam(Idempotency.HEADER) String key,
                          @Valid @NotNull PlaceOrder request) {
        return idempotency.once(key, request, () -> {
            OrderView placed = OrderView.of(orders.place(caller.tenantId(), customerId, request.requestedLines(),
                    caller.actingAs(Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN)));
            return Response.created(URI.create("/v1/customers/" + customerId + "/orders/" + placed.id()))
                    .entity(placed).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    @Operation(operationId = "listOrders", summary = "List a customer's orders", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of orders.")
    @APIResponse(responseCode = "404", description = "No such customer of this partner.")
    public RestResponse<List<OrderView>> history(@PathParam("customerId") UUID customerId,
                                                 @QueryParam("cursor") String cursor,
                                                 @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                                 @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        return paging.page(orders.history(caller.tenantId(), customerId, paging.offset(), paging.fetch()))
                .map(OrderView::of).answer(uri);
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    @Operation(operationId = "getOrder", summary = "Get one order",
            description = "With its lines and what has come of them (keys granted, charges, cancellations).")
    @APIResponse(responseCode = "200", description = "The order.")
    @APIResponse(responseCode = "404", description = "No such customer or order.")
    public OrderView get(@PathParam("customerId") UUID customerId, @PathParam("orderId") UUID orderId) {
        return OrderView.of(orders.get(caller.tenantId(), customerId, orderId));
    }

    /** Whether the order (or the lines named by {@code lineId}) can be cancelled now, the days that remain, or why not. */
    @GET
    @Path("/{orderId}/cancellation-eligibility")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(operationId = "getCancellationEligibility", summary = "Whether an order can be cancelled now",
            description = "For the whole order or the lines named by `lineId`: the days that remain, or why not.")
    @APIResponse(responseCode = "200", description = "The answer.")
    @APIResponse(responseCode = "400", description = "A `lineId` is not valid, or there are too many.")
    @APIResponse(responseCode = "404", description = "No such customer or order.")
    @APIResponse(responseCode = "422", description = "A `lineId` is not a line of this order.")
    public CancellationEligibility eligibility(@PathParam("customerId") UUID customerId, @PathParam("orderId") UUID orderId,
                                               @QueryParam("lineId") @Size(max = 50) List<UUID> lineIds) {
        return CancellationEligibility.of(orderId, orders.cancellation(caller.tenantId(), customerId, orderId, lineIds));
    }

    @POST
    @Path("/{orderId}/cancellations")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(operationId = "cancelOrder", summary = "Cancel an order, or some of its lines",
            description = "Within the cancellation window; revokes every key and download link and credits the partner's "
                    + "next invoice. Needs `acknowledged: true`.",
            extensions = @Extension(name = "x-csp-action", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The order after the cancellation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "Not acknowledged, or the request is not valid.")
    @APIResponse(responseCode = "404", description = "No such customer or order.")
    @APIResponse(responseCode = "409", description = "The cancellation is not allowed now (`code` says why; "
            + "`supportRequestUrl` when a support request is the way).")
    @APIResponse(responseCode = "422", description = "A line is not of this order.")
    public Response cancel(@PathParam("customerId") UUID customerId, @PathParam("orderId") UUID orderId,
                           @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull CancelOrder request) {
        if (!Boolean.TRUE.equals(request.acknowledged())) {
            throw ProblemException.badRequest("acknowledgement-required",
                    "Acknowledge that keys and download links are revoked by setting \"acknowledged\": true.");
        }
        return idempotency.once(key, request, () -> Response.ok(OrderView.of(orders.cancel(caller.tenantId(), customerId,
                orderId, request.lines(), caller.actingAs(Roles.ADMIN_AGENT)))).build());
    }
}
