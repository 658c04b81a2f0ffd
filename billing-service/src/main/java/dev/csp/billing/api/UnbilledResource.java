package dev.csp.billing.api;

import dev.csp.billing.domain.Unbilled;
import dev.csp.events.Money;
import dev.csp.kit.api.Paging;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** What the partner's next invoices will carry so far: the charges and credits no invoice carries yet. */
@Path("/v1/billing/unbilled/line-items")
@Tag(name = "Unbilled", description = "Charges and credits that no invoice carries yet.")
public class UnbilledResource {

    @Inject
    Unbilled unbilled;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    @Operation(operationId = "listUnbilledLineItems", summary = "List what the next invoices will carry",
            description = "The charges and credits not invoiced yet, with totals; `currency` keeps one currency's.")
    @APIResponse(responseCode = "200", description = "A page of the unbilled lines, and the totals of them all.")
    @APIResponse(responseCode = "400", description = "`currency` is not an ISO 4217 code, or `limit` or `cursor` is not "
            + "valid.")
    public RestResponse<UnbilledView> list(@QueryParam("currency") @Pattern(regexp = "^[A-Z]{3}$",
                                                   message = "must be an ISO 4217 code") String currency,
                                           @QueryParam("cursor") String cursor,
                                           @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                           @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        Unbilled.Page lines = unbilled.page(caller.tenantId(), currency, paging.offset(), paging.fetch());
        Stream<LineItem> credits = lines.credits().stream()
                .map(credit -> LineItem.of(credit, lines.reversed().get(credit.chargeId)));
        Stream<LineItem> charges = lines.charges().stream().map(LineItem::of);
        Paging.Page<LineItem> page = paging.page(Stream.concat(charges, credits).toList());
        return page.answer(new UnbilledView(unbilled.openPeriod(), lines.total(), page.items(), lines.totals()), uri);
    }

    /**
     * {@code billingPeriod} is the open month; an ended month's lines stay here, with their period, until it closes.
     * {@code lineItems} is one page of the {@code totalLineItems}; {@code totals} are of them all.
     */
    public record UnbilledView(String billingPeriod, int totalLineItems, List<LineItem> lineItems, List<Money> totals) {
    }
}
