package dev.csp.catalog.api;

import dev.csp.catalog.domain.Catalog;
import dev.csp.catalog.domain.ProductInMarket;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** "Add products": the catalog as sold in the customer's market. */
@Path("/v1/products")
@RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN,
        Roles.MARKETING_CONTENT_ADMIN, Roles.CATALOG_ADMIN})
public class ProductResource {

    private final Catalog catalog;

    ProductResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<ProductInMarket> list(@QueryParam("market") @Size(max = 10) String market) {
        return catalog.products(market);
    }

    @GET
    @Path("/{productId}")
    public ProductInMarket get(@PathParam("productId") @Size(max = 100) String productId,
                               @QueryParam("market") @Size(max = 10) String market) {
        return catalog.product(productId, market);
    }
}
