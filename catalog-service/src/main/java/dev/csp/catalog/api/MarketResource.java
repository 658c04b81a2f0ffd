package dev.csp.catalog.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.csp.catalog.domain.Catalog;
import dev.csp.catalog.domain.Market;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/markets")
@RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN,
        Roles.MARKETING_CONTENT_ADMIN, Roles.CATALOG_ADMIN})
@Tag(name = "Markets", description = "The markets customers buy in: currency, tax, Azure reservations.")
public class MarketResource {

    @Inject
    Catalog catalog;

    /** All markets, or those matching the filters; {@code name} also accepts the names people use ("Swaziland"). */
    @GET
    @Operation(operationId = "listMarkets", summary = "List markets",
            description = "All markets, or those matching the filters; `name` also accepts the names people use.")
    @APIResponse(responseCode = "200", description = "The markets.")
    @APIResponse(responseCode = "400", description = "A filter is not valid.")
    public List<MarketView> list(@QueryParam("azureReservationsAvailable") Boolean reservationsAvailable,
                                 @QueryParam("taxIncluded") Boolean taxIncluded,
                                 @QueryParam("name") @Size(max = 100) String name) {
        return catalog.markets(reservationsAvailable, taxIncluded, name).stream().map(MarketView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getMarket", summary = "Get one market", description = "By its code, such as `US`.")
    @APIResponse(responseCode = "200", description = "The market.")
    @APIResponse(responseCode = "400", description = "The code is longer than a market code.")
    @APIResponse(responseCode = "404", description = "No market has this code.")
    public MarketView get(@PathParam("code") @Size(max = 10) String code) {
        return MarketView.of(catalog.market(code));
    }

    /** {@code taxRate} (0.10: 10 %) and {@code taxName} ("GST"): where prices include tax; null elsewhere. */
    public record MarketView(String code, String name, List<String> otherNames, String currency, boolean taxIncluded,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate, String taxName,
                             boolean azureReservationsAvailable) {

        static MarketView of(Market m) {
            return new MarketView(m.code, m.name, m.otherNames, m.currency, m.taxIncluded, m.statedTaxRate(), m.taxName,
                    m.azureReservationsAvailable);
        }
    }
}
