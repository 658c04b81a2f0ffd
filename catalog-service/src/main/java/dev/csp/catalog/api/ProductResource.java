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
import dev.csp.kit.api.Paging;
import dev.csp.kit.idempotency.Idempotency;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "Add products": the catalog as sold in the customer's market; and its changes, for catalog-admins only. */
@Path("/v1/products")
@RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN,
        Roles.MARKETING_CONTENT_ADMIN, Roles.CATALOG_ADMIN})
@Tag(name = "Products", description = "The catalog as sold in a customer's market; its changes, by catalog-admins.")
public class ProductResource {

    @Inject
    Catalog catalog;
    @Inject
    CatalogAdmin admin;
    @Inject
    Idempotency idempotency;

    /** {@code kind}: one product kind; {@code q}: part of a product's or SKU's name, any case. */
    @GET
    @Operation(operationId = "listProducts", summary = "List the products sold in a market",
            description = "`market` is required; `kind` keeps one product kind, `q` matches part of a product's or SKU's name.")
    @APIResponse(responseCode = "200", description = "A page of the products with their SKUs and prices in the market.")
    @APIResponse(responseCode = "400", description = "`market` is missing or unknown, `kind` is not a product kind, or "
            + "`limit` or `cursor` is not valid.")
    public RestResponse<List<ProductInMarket>> list(@QueryParam("market") @Size(max = 10) String market,
                                                    @QueryParam("kind") @Size(max = 40) String kind,
                                                    @QueryParam("q") @Size(max = 100) String q,
                                                    @QueryParam("cursor") String cursor,
                                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
                                                    @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        return paging.slice(catalog.products(market, kind, q)).answer(uri);
    }

    @GET
    @Path("/{productId}")
    @Operation(operationId = "getProduct", summary = "Get one product as sold in a market",
            description = "Its SKUs, prices in `market` and cancellation policy.")
    @APIResponse(responseCode = "200", description = "The product in the market.")
    @APIResponse(responseCode = "400", description = "`market` is missing or unknown.")
    @APIResponse(responseCode = "404", description = "No such product.")
    public ProductInMarket get(@PathParam("productId") @Size(max = 100) String productId,
                               @QueryParam("market") @Size(max = 10) String market) {
        return catalog.product(productId, market);
    }

    /** Whether the SKU can be sold in the market; when not, {@code reason} says why. */
    @GET
    @Path("/{productId}/skus/{skuId}/availability")
    @Operation(operationId = "getSkuAvailability", summary = "Whether a SKU can be sold in a market",
            description = "When it cannot, `reason` says why.")
    @APIResponse(responseCode = "200", description = "The SKU's availability in the market.")
    @APIResponse(responseCode = "400", description = "`market` is missing or unknown.")
    @APIResponse(responseCode = "404", description = "No such product, or no such SKU of it.")
    public SkuAvailability availability(@PathParam("productId") @Size(max = 100) String productId,
                                        @PathParam("skuId") @Size(max = 100) String skuId,
                                        @QueryParam("market") @Size(max = 10) String market) {
        return catalog.availability(productId, skuId, market);
    }

    @POST
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Transactional
    @Operation(operationId = "createProduct", summary = "Create a product", description = "Without SKUs or prices yet.")
    @APIResponse(responseCode = "201", description = "The new product.",
            headers = @Header(name = "Location", description = "The product."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", description = "A product with this id exists.")
    @APIResponse(responseCode = "422", description = "The id is reserved.")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid NewProduct request) {
        return idempotency.once(key, request, () -> {
            ProductView created = ProductView.of(admin.create(request.id(), request.name(), request.kind(),
                    request.publisher()));
            return Response.created(URI.create("/v1/products/" + created.id())).entity(created).build();
        });
    }

    @PUT
    @Path("/{productId}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Transactional
    @Operation(operationId = "updateProduct", summary = "Change a product's name, publisher or whether it is sold",
            description = "Published to the other services like every catalog change.")
    @APIResponse(responseCode = "200", description = "The product as it is now.")
    @APIResponse(responseCode = "404", description = "No such product.")
    public ProductView change(@PathParam("productId") @Size(max = 100) String productId,
                              @NotNull @Valid ProductChange request) {
        return ProductView.of(admin.describe(productId, request.name(), request.publisher(), request.active()));
    }

    @PUT
    @Path("/{productId}/skus/{skuId}")
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Transactional
    @Operation(operationId = "defineSku", summary = "Add or replace a SKU of a product",
            description = "Its name, terms, billing options and quantity range.")
    @APIResponse(responseCode = "200", description = "The product as it is now.")
    @APIResponse(responseCode = "404", description = "No such product.")
    @APIResponse(responseCode = "409", description = "The SKU id belongs to another product.")
    @APIResponse(responseCode = "422", description = "The terms or billing options do not fit the product kind.")
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
    @Operation(operationId = "setSkuPrices", summary = "Set a SKU's prices",
            description = "Adds or replaces the price in each market named; other markets' prices stay.")
    @APIResponse(responseCode = "200", description = "The product as it is now.")
    @APIResponse(responseCode = "404", description = "No such product, or no such SKU of it.")
    @APIResponse(responseCode = "422", description = "An unknown market, a term the SKU is not sold for, or an amount in "
            + "the wrong currency or precision.")
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
    @Operation(operationId = "setProductAvailability", summary = "Withdraw a product from a market, or offer it again",
            description = "`available: false` withdraws it; `true` offers it again.")
    @APIResponse(responseCode = "200", description = "The product as it is now.")
    @APIResponse(responseCode = "404", description = "No such product or market.")
    @APIResponse(responseCode = "422", description = "Azure reservations are not sold in this market.")
    public ProductView setAvailability(@PathParam("productId") @Size(max = 100) String productId,
                                       @PathParam("market") @Size(max = 10) String market,
                                       @NotNull @Valid Availability request) {
        return ProductView.of(admin.offer(productId, market, request.available()));
    }
}
