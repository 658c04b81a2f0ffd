package dev.csp.order.api;

import dev.csp.kit.api.Paging;
import dev.csp.kit.idempotency.Idempotency;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import dev.csp.order.domain.Customers;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/customers")
@Tag(name = "Customers", description = "The partner's customers.")
public class CustomerResource {

    @Inject
    Customers customers;
    @Inject
    Caller caller;
    @Inject
    Idempotency idempotency;
    @Inject
    JsonWebToken token;

    /** The partner's customers, by name; {@code q} matches a name, a tenant GUID or a domain. */
    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    @Operation(operationId = "listCustomers", summary = "List the partner's customers",
            description = "By name; `q` matches a name, a tenant GUID or a domain.")
    @APIResponse(responseCode = "200", description = "A page of customers.")
    @APIResponse(responseCode = "400", description = "`q`, `limit` or `cursor` is not valid.")
    public RestResponse<List<CustomerView>> list(@QueryParam("q") @Size(max = 200) String query,
                                                 @QueryParam("cursor") String cursor,
                                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
                                                 @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        return paging.page(customers.search(caller.tenantId(), query, paging.offset(), paging.fetch()))
                .map(CustomerView::of).answer(uri);
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    @Operation(operationId = "getCustomer", summary = "Get one customer", description = "A customer of the caller's partner.")
    @APIResponse(responseCode = "200", description = "The customer.")
    @APIResponse(responseCode = "404", description = "No such customer of this partner.")
    public CustomerView get(@PathParam("customerId") UUID customerId) {
        return CustomerView.of(customers.get(caller.tenantId(), customerId));
    }

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(operationId = "addCustomer", summary = "Add a customer",
            description = "With `newTenant: true` the partner creates a new tenant for the customer and may buy for "
                    + "it at once (`relationship` ACCEPTED). With the `tenantId` of an existing Microsoft Entra tenant "
                    + "the partner sends that tenant a reseller relationship request (`relationship` PENDING): orders "
                    + "are refused until the customer's Global admin accepts it. Idempotency-Key makes a retry answer "
                    + "the first response again.")
    @APIResponse(responseCode = "201", description = "The new customer.",
            headers = @Header(name = "Location", description = "The customer."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid, or both or neither of "
            + "`tenantId` and `newTenant` are given.")
    @APIResponse(responseCode = "409", description = "The tenant is already a customer.")
    public Response add(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewCustomer request) {
        return idempotency.once(key, request, () -> {
            CustomerView added = CustomerView.of(customers.add(caller.tenantId(), token.getClaim("tenant_name"),
                    request.existingTenantId(), request.name(), request.domain(), request.market()));
            return Response.created(URI.create("/v1/customers/" + added.id())).entity(added).build();
        });
    }
}
