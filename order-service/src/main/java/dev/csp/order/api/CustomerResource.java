package dev.csp.order.api;

import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import dev.csp.order.domain.Customers;
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

@Path("/v1/customers")
public class CustomerResource {

    private final Customers customers;
    private final Caller caller;
    private final Idempotency idempotency;

    CustomerResource(Customers customers, Caller caller, Idempotency idempotency) {
        this.customers = customers;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    /** The partner's customers, by name; {@code q} matches a name, a tenant GUID or a domain. */
    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    public List<CustomerView> list(@QueryParam("q") @Size(max = 200) String query,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return customers.search(caller.tenantId(), query, page, size).stream().map(CustomerView::of).toList();
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    public CustomerView get(@PathParam("customerId") UUID customerId) {
        return CustomerView.of(customers.get(caller.tenantId(), customerId));
    }

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    public Response add(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewCustomer request) {
        return idempotency.once(key, request, () -> {
            CustomerView added = CustomerView.of(customers.add(caller.tenantId(), UUID.fromString(request.tenantId()),
                    request.name(), request.domain(), request.market()));
            return Response.created(URI.create("/v1/customers/" + added.id())).entity(added).build();
        });
    }
}
