package dev.csp.billing.api;

import dev.csp.billing.domain.InvoiceTotals;
import dev.csp.billing.domain.Unbilled;
import dev.csp.events.Money;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.stream.Stream;

/** What the partner's next invoices will carry so far: the charges and credits no invoice carries yet. */
@Path("/v1/billing/unbilled/line-items")
public class UnbilledResource {

    private final Unbilled unbilled;
    private final Caller caller;

    UnbilledResource(Unbilled unbilled, Caller caller) {
        this.unbilled = unbilled;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    public UnbilledView list(@QueryParam("currency") @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code")
                             String currency) {
        List<LineItem> items = Stream.concat(
                unbilled.charges(caller.tenantId(), currency).stream().map(LineItem::of),
                unbilled.credits(caller.tenantId(), currency).stream().map(LineItem::of)).toList();
        return new UnbilledView(unbilled.openPeriod(), items, InvoiceTotals.of(items.stream().map(LineItem::amount).toList()));
    }

    /** {@code billingPeriod} is the open month; an ended month's lines stay here, with their period, until it closes. */
    public record UnbilledView(String billingPeriod, List<LineItem> lineItems, List<Money> totals) {
    }
}
