package dev.csp.audit.api;

import dev.csp.audit.domain.ActivityQuery;
import dev.csp.audit.domain.ActivitySearch;
import dev.csp.kit.csv.CsvSheet;
import dev.csp.kit.security.Roles;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The period's entries as CSV, streamed from the database a batch at a time: a million rows never sit in memory. */
@Path("/v1/activity-log/export")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN, Roles.MARKETING_CONTENT_ADMIN})
@Tag(name = "Activity log", description = "Who read keys, downloaded software, bought or cancelled; and its hash chain.")
public class ActivityExportResource {

    @Inject
    ActivitySearch search;
    @Inject
    ActivityRequests requests;

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportActivityLog", summary = "Export the activity log as CSV",
            description = "The period's entries, streamed.")
    @APIResponse(responseCode = "200", description = "The entries, as CSV.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A period or filter that is not valid.")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("type") String type,
                           @QueryParam("customerId") String customerId, @QueryParam("user") @Size(max = 200) String user,
                           @Context HttpServerResponse response) {
        Period period = requests.period(from, to);
        // everything the request decides is settled here, before the first byte goes out
        ActivityQuery query = requests.query(period, type, customerId, user);
        StreamingOutput csv = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            CsvSheet sheet = ActivityCsv.entries(out);
            // a client that went away stops the export: its writes would vanish without an error, for minutes
            search.each(query, entry -> {
                ActivityCsv.row(sheet, entry);
                return !response.closed();
            });
            sheet.flush();
        };
        return attachment(csv, "activity-log", period);
    }

    /** "Which users accessed" as CSV: the summary of GET /v1/activity-log/users, one line per user. */
    @GET
    @Path("/users")
    @Produces("text/csv")
    @Operation(operationId = "exportActivityUsers", summary = "Export \"which users accessed\" as CSV",
            description = "One line per user who read a product key, made a download link or downloaded software in "
                    + "the period: the figures of GET /v1/activity-log/users.")
    @APIResponse(responseCode = "200", description = "The users, as CSV.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A period that is not valid.")
    public Response users(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = requests.period(from, to);
        StringBuilder csv = new StringBuilder();
        CsvSheet sheet = ActivityCsv.users(csv);
        search.users(requests.query(period)).forEach(user -> ActivityCsv.row(sheet, user));
        return attachment(csv.toString(), "activity-users", period);
    }

    private static Response attachment(Object csv, String name, Period period) {
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + period.from().toString().replace(':', '-')
                        + "-" + period.to().toString().replace(':', '-') + ".csv\"")
                .build();
    }
}
