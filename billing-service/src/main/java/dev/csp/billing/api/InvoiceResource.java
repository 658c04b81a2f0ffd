package dev.csp.billing.api;

import dev.csp.billing.domain.Invoice;
import dev.csp.billing.domain.Invoicing;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The partner's invoices and their lines; another partner's invoice answers 404. */
@Path("/v1/invoices")
@Tag(name = "Invoices", description = "The partner's monthly invoices and their line items.")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN})
public class InvoiceResource {

    @Inject
    Invoicing invoicing;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listInvoices", summary = "List the partner's invoices",
            description = "Newest first; `period` (yyyy-MM) keeps one month's.")
    @APIResponse(responseCode = "200", description = "A page of invoices.")
    @APIResponse(responseCode = "400", description = "`period`, `limit` or `cursor` is not valid.")
    public RestResponse<List<InvoiceView>> list(@QueryParam("period") @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$",
                                                        message = "must be a month written yyyy-MM") String period,
                                                @QueryParam("cursor") String cursor,
                                                @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                                @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        return paging.page(invoicing.list(caller.tenantId(), period, paging.offset(), paging.fetch()))
                .map(InvoiceView::of).answer(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInvoice", summary = "Get one invoice", description = "Its totals per currency.")
    @APIResponse(responseCode = "200", description = "The invoice.")
    @APIResponse(responseCode = "404", description = "No such invoice of this partner.")
    public InvoiceView get(@PathParam("id") UUID id) {
        return InvoiceView.of(invoicing.get(caller.tenantId(), id));
    }

    @GET
    @Path("/{id}/line-items")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listInvoiceLineItems", summary = "List an invoice's line items",
            description = "A page of lines as JSON, or every line as CSV with `Accept: text/csv`.")
    @APIResponse(responseCode = "200", description = "A page of line items, or all of them as CSV.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineItemPage.class)))
    @APIResponse(responseCode = "404", description = "No such invoice of this partner.")
    public RestResponse<LineItemPage> lineItems(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
                                                @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                                @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        Invoice invoice = invoicing.get(caller.tenantId(), id);
        Paging.Page<InvoiceLineItem> page = paging.page(invoicing.lines(caller.tenantId(), id, paging.offset(),
                paging.fetch())).map(InvoiceLineItem::of);
        return page.answer(new LineItemPage(invoice.id, invoice.number, invoice.lineCount, page.items()), uri);
    }

    /**
     * The same lines as CSV, for {@code Accept: text/csv}. One operation with the JSON one in the OpenAPI document: that
     * method's annotations describe it, this one adds only its own content type.
     */
    @GET
    @Path("/{id}/line-items")
    @Produces(InvoiceCsv.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "A page of line items, or all of them as CSV.",
            content = @Content(mediaType = InvoiceCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response lineItemsAsCsv(@PathParam("id") UUID id) {
        Invoice invoice = invoicing.get(caller.tenantId(), id);
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            InvoiceCsv csv = new InvoiceCsv(writer);
            invoicing.forEachLine(invoice.id, csv::row);
            csv.flush();
        };
        return Response.ok(body, InvoiceCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + invoice.number + ".csv\"").build();
    }

    @GET
    @Path("/{id}/line-items.csv")
    @Produces(InvoiceCsv.MEDIA_TYPE)
    @Operation(operationId = "downloadInvoiceLineItems", summary = "Download an invoice's line items as CSV",
            description = "The same as the line items with `Accept: text/csv`, for a plain link.")
    @APIResponse(responseCode = "200", description = "Every line item, as CSV.",
            content = @Content(mediaType = InvoiceCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such invoice of this partner.")
    public Response csv(@PathParam("id") UUID id) {
        return lineItemsAsCsv(id);
    }

    /** One page of an invoice's lines ({@code lineItems}), with how many it has in all. */
    public record LineItemPage(UUID invoiceId, String invoiceNumber, int totalLineItems,
                               List<InvoiceLineItem> lineItems) {
    }
}
