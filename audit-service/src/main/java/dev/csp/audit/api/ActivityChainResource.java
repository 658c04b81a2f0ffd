package dev.csp.audit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.audit.domain.Activity;
import dev.csp.audit.domain.ActivityQuery;
import dev.csp.audit.domain.ChainVerifier;
import dev.csp.kit.security.Roles;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The period's stretch of the partner's hash chain, one JSON object a line in chain order, with every field the
 * hash covers: what audit-service/verifier/VerifyActivityExport.java checks offline against the checkpoints of
 * {@code /v1/activity-log/checkpoints}. Streamed from the database like the CSV export.
 */
@Path("/v1/activity-log/chain")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN, Roles.MARKETING_CONTENT_ADMIN})
@Tag(name = "Activity log", description = "Who read keys, downloaded software, bought or cancelled; and its hash chain.")
public class ActivityChainResource {

    /** One link as exported: instants in microseconds since the epoch, as they are hashed. */
    record Link(long id, long chainSeq, UUID eventId, String type, Long occurredAtMicros, Long recordedAtMicros,
                UUID partnerTenantId, UUID customerId, UUID customerTenantId, UUID subjectId, UUID orderId,
                String productName, String userName, UUID userTenantId, String userRole, String detail, String prevHash,
                String hash) {

        static Link of(Activity a) {
            return new Link(a.id, a.chainSeq, a.eventId, a.type == null ? null : a.type.name(), micros(a.occurredAt),
                    micros(a.recordedAt), a.partnerTenantId, a.customerId, a.customerTenantId, a.subjectId, a.orderId,
                    a.productName, a.userName, a.userTenantId, a.userRole, a.detail, a.prevHash, a.hash);
        }

        private static Long micros(Instant instant) {
            return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ChainVerifier chain;
    @Inject
    ActivityRequests requests;

    @GET
    @Produces("application/x-ndjson")
    @Operation(operationId = "exportActivityChain", summary = "Export the period's hash chain",
            description = "One JSON object a line in chain order, with every field the hash covers, for verifying offline.")
    @APIResponse(responseCode = "200", description = "The links, as NDJSON.",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`from` or `to` is not valid, or reaches beyond the retention.")
    public Response links(@QueryParam("from") String from, @QueryParam("to") String to,
                          @Context HttpServerResponse response) {
        ActivityQuery query = requests.query(requests.period(from, to));
        StreamingOutput lines = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            chain.eachLink(query, entry -> {
                out.write(JSON.writeValueAsString(Link.of(entry)));
                out.write('\n');
                return !response.closed();
            });
            out.flush();
        };
        return Response.ok(lines, "application/x-ndjson; charset=UTF-8").build();
    }
}
