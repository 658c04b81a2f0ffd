package dev.csp.catalog.api;

import dev.csp.catalog.api.CatalogRequests.Availability;
import dev.csp.catalog.api.CatalogRequests.NewProduct;
import dev.csp.catalog.api.CatalogRequests.PriceList;
import dev.csp.catalog.api.CatalogRequests.ProductChange;
import dev.csp.catalog.api.CatalogRequests.SkuDefinition;
import dev.csp.catalog.domain.Catalog;
import dev.csp.catalog.domain.CatalogAdmin;
import dev.csp.catalog.domain.MarketPrice;
import dev.csp.catalog.domain.ProductInMarket;
import dev.csp.catalog.domain.SkuAvailability;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** "Add products": the catalog as sold in the customer's market; and its changes, for catalog-admins only. */
@Path("/v1/products")
@RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN,
        Roles.MARKETING_CONTENT_ADMIN, Roles.CATALOG_ADMIN})
public class ProductResource {

    private final Catalog catalog;
    private final CatalogAdmin admin;

    ProductResource(Catalog catalog, CatalogAdmin admin) {
        this.catalog = catalog;
        this.admin = admin;
    }

    /** {@code kind}: one product kind; {@code q}: part of a product's or SKU's name, any case. */
    @GET
    public List<ProductInMarket> list(@QueryParam("market") @Size(max = 10) String market,
                                      @QueryParam("kind") @Size(max = 40) String kind,
                                      @QueryParam("q") @Size(max = 100) String q) {
        return catalog.products(market, kind, q);
    }

    @GET
    @Path("/{productId}")
    public ProductInMarket get(@PathParam("productId") @Size(max = 100) String productId,
                               @QueryParam("market") @Size(max = 10) String market) {
        return catalog.product(productId, market);
    }

    /** Whether the SKU can be sold in the market; when not, {@code reason} says why. */
    @GET
    @Path("/{productId}/skus/{skuId}/availability")
    public SkuAvailability availability(@PathParam("productId") @Size(max = 100) String productId,
                                        @PathParam("skuId") @Size(max = 100) String skuId,
                                        @QueryParam("market") @Size(max = 10) String market) {
        return catalog.availability(productId, skuId, market);
    }

    @POST
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Transactional
    public Response create(@NotNull @Valid NewProduct request) {
        ProductView created = ProductView.of(admin.create(request.id(), request.name(), request.kind(), request.publisher()));
        return Response.created(URI.create("/v1/products/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{productId}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Transactional
    public ProductView change(@PathParam("productId") @Size(max = 100) String productId,
                              @NotNull @Valid ProductChange request) {
        return ProductView.of(admin.describe(productId, request.name(), request.publisher(), request.active()));
    }

    @PUT
    @Path("/{productId}/skus/{skuId}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Transactional
    public ProductView defineSku(@PathParam("productId") @Size(max = 100) String productId,
                                 @PathParam("skuId") @Pattern(regexp = CatalogRequests.ID) String skuId,
                                 @NotNull @Valid SkuDefinition request) {
        return ProductView.of(admin.defineSku(productId, skuId, request.name(), request.terms(), request.billingOptions(),
                request.minQuantity(), request.maxQuantity()));
    }

    /** Adds or replaces the SKU's price in each market named; other markets' prices stay. */
    @PUT
    @Path("/{productId}/skus/{skuId}/prices")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Transactional
    public ProductView setPrices(@PathParam("productId") @Size(max = 100) String productId,
                                 @PathParam("skuId") @Size(max = 100) String skuId,
                                 @NotNull @Valid PriceList request) {
        return ProductView.of(admin.setPrices(productId, skuId, request.prices().stream()
                .map(p -> new MarketPrice(p.market(), p.term(), p.unitPrice())).toList()));
    }

    /** Withdraws the product from a market ({@code available: false}) or offers it there again. */
    @PUT
    @Path("/{productId}/availability/{market}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Transactional
    public ProductView setAvailability(@PathParam("productId") @Size(max = 100) String productId,
                                       @PathParam("market") @Size(max = 10) String market,
                                       @NotNull @Valid Availability request) {
        return ProductView.of(admin.offer(productId, market, request.available()));
    }
}
