package dev.csp.billing.api;

import dev.csp.billing.domain.BillingPeriod;
import dev.csp.billing.domain.Invoicing;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.idempotency.Idempotency;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Closing a billing period on demand (the schedule closes each month anyway, shortly after it ends). */
@Path("/v1/billing/periods")
@Tag(name = "Billing periods", description = "Closing a month, which issues its invoice.")
public class PeriodResource {

    @Inject
    Invoicing invoicing;
    @Inject
    Caller caller;
    @Inject
    Idempotency idempotency;

    /** 201 with the invoice the first time; 200 with the same invoice when the period was already closed. */
    @POST
    @Path("/{period}/close")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
    @Operation(operationId = "closeBillingPeriod", summary = "Close a billing period",
            description = "Issues the ended month's invoice now instead of waiting for the schedule.")
    @APIResponse(responseCode = "201", description = "The period is closed now; its invoice.",
            headers = @Header(name = "Location", description = "The invoice."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "200", description = "The period was closed already; its invoice.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "400", description = "The period is not a month written yyyy-MM.")
    @APIResponse(responseCode = "409", description = "The month has not ended yet.")
    public Response close(@PathParam("period") String period, @HeaderParam(Idempotency.HEADER) String key) {
        YearMonth month = BillingPeriod.parse(period).orElseThrow(() -> ProblemException.badRequest("invalid-period",
                "'" + period + "' is not a billing period: write the month as yyyy-MM, for example 2026-11."));
        return idempotency.once(key, null, () -> {
            Invoicing.Closing closing = invoicing.close(caller.tenantId(), month);
            InvoiceView view = InvoiceView.of(closing.invoice());
            return closing.issuedNow()
                    ? Response.created(URI.create("/v1/invoices/" + view.id())).entity(view).build()
                    : Response.ok(view).build();
        });
    }
}
