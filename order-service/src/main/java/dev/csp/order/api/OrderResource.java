package dev.csp.order.api;

import dev.csp.kit.api.ProblemException;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import dev.csp.order.domain.Orders;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** "Add products" and the order history of one customer; cancelling a purchase, or some of its lines, within its window. */
@Path("/v1/customers/{customerId}/orders")
public class OrderResource {

    private final Orders orders;
    private final Caller caller;
    private final Idempotency idempotency;

    OrderResource(Orders orders, Caller caller, Idempotency idempotency) {
        this.orders = orders;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
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
    public List<OrderView> history(@PathParam("customerId") UUID customerId,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return orders.history(caller.tenantId(), customerId, page, size).stream().map(OrderView::of).toList();
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    public OrderView get(@PathParam("customerId") UUID customerId, @PathParam("orderId") UUID orderId) {
        return OrderView.of(orders.get(caller.tenantId(), customerId, orderId));
    }

    /** Whether the order (or the lines named by {@code lineId}) can be cancelled now, the days that remain, or why not. */
    @GET
    @Path("/{orderId}/cancellation-eligibility")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    public CancellationEligibility eligibility(@PathParam("customerId") UUID customerId, @PathParam("orderId") UUID orderId,
                                               @QueryParam("lineId") @Size(max = 50) List<UUID> lineIds) {
        return CancellationEligibility.of(orderId, orders.cancellation(caller.tenantId(), customerId, orderId, lineIds));
    }

    @POST
    @Path("/{orderId}/cancellations")
    @RolesAllowed(Roles.ADMIN_AGENT)
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
