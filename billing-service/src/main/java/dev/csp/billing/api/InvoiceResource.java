package dev.csp.billing.api;

import dev.csp.billing.domain.Invoice;
import dev.csp.billing.domain.Invoicing;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The partner's invoices and their lines; another partner's invoice answers 404. */
@Path("/v1/invoices")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
public class InvoiceResource {

    private final Invoicing invoicing;
    private final Caller caller;

    InvoiceResource(Invoicing invoicing, Caller caller) {
        this.invoicing = invoicing;
        this.caller = caller;
    }

    @GET
    public List<InvoiceView> list(@QueryParam("period") @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$",
                                          message = "must be a month written yyyy-MM") String period,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return invoicing.list(caller.tenantId(), period, page, size).stream().map(InvoiceView::of).toList();
    }

    @GET
    @Path("/{id}")
    public InvoiceView get(@PathParam("id") UUID id) {
        return InvoiceView.of(invoicing.get(caller.tenantId(), id));
    }

    @GET
    @Path("/{id}/line-items")
    @Produces(MediaType.APPLICATION_JSON)
    public LineItemPage lineItems(@PathParam("id") UUID id,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        Invoice invoice = invoicing.get(caller.tenantId(), id);
        return new LineItemPage(invoice.id, invoice.number, page, size, invoice.lineCount,
                invoicing.lines(caller.tenantId(), id, page, size).stream().map(InvoiceLineItem::of).toList());
    }

    /** The same lines as CSV, for {@code Accept: text/csv}. */
    @GET
    @Path("/{id}/line-items")
    @Produces(InvoiceCsv.MEDIA_TYPE)
    public Response lineItemsAsCsv(@PathParam("id") UUID id) {
        Invoice invoice = invoicing.get(caller.tenantId(), id);
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            InvoiceCsv csv = new InvoiceCsv(writer);
            invoicing.forEachLine(invoice.id, csv::row);
            writer.flush();
        };
        return Response.ok(body, InvoiceCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + invoice.number + ".csv\"").build();
    }

    @GET
    @Path("/{id}/line-items.csv")
    @Produces(InvoiceCsv.MEDIA_TYPE)
    public Response csv(@PathParam("id") UUID id) {
        return lineItemsAsCsv(id);
    }

    public record LineItemPage(UUID invoiceId, String invoiceNumber, int page, int size, int totalLineItems,
                               List<InvoiceLineItem> lineItems) {
    }
}
