package dev.csp.order.api;

import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import dev.csp.order.domain.CatalogCopy;
import dev.csp.order.domain.OfferedProduct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Add products" from order-service's copy of the catalog: what a customer can be bought in their market and at what
 * price, answered while catalog-service is down too, as placing the order is.
 */
@Path("/v1/customers/{customerId}/products")
@Tag(name = "Orders", description = "A customer's orders, and cancelling them within their window.")
public class OfferResource {

    @Inject
    CatalogCopy catalog;
    @Inject
    Caller caller;

    /** {@code kind}: one product kind; {@code q}: part of a product's or SKU's name, any case. */
    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    @Operation(operationId = "listCustomerProducts", summary = "List the products a customer can be sold",
            description = "The products still sold, as offered in the customer's market (prices in its currency, "
                    + "whether each can be bought there and if not why, the cancellation policy of a purchase made "
                    + "today), from order-service's own copy of the catalog: it answers while catalog-service is "
                    + "down. `kind` keeps one product kind, `q` matches part of a product's or SKU's name.")
    @APIResponse(responseCode = "200", description = "The products, by kind and name.")
    @APIResponse(responseCode = "400", description = "`kind` is not a product kind, or `q` is too long.")
    @APIResponse(responseCode = "404", description = "No such customer of this partner.")
    public List<OfferedProduct> list(@PathParam("customerId") UUID customerId,
                                     @QueryParam("kind") @Size(max = 40) String kind,
                                     @QueryParam("q") @Size(max = 100) String q) {
        return catalog.offeredTo(caller.tenantId(), customerId, kind, q);
    }
}
