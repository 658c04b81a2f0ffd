package dev.csp.audit.api;

import dev.csp.audit.domain.Activity;
import dev.csp.audit.domain.ActivityPage;
import dev.csp.audit.domain.ActivitySearch;
import dev.csp.audit.domain.ActivityType;
import dev.csp.audit.domain.Anchors;
import dev.csp.audit.domain.ChainVerifier;
import dev.csp.audit.domain.Checkpoint;
import dev.csp.audit.domain.CheckpointSigner;
import dev.csp.audit.domain.Checkpoints;
import dev.csp.audit.domain.UserActivity;
import dev.csp.audit.domain.Verification;
import dev.csp.kit.api.Problem;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * "Activity log": who accessed keys, downloaded software, bought or cancelled, in a period, newest first. The
 * partner's compliance roles read their own log; nobody reads another partner's.
 */
@Path("/v1/activity-log")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN, Roles.MARKETING_CONTENT_ADMIN})
@Tag(name = "Activity log", description = "Who read keys, downloaded software, bought or cancelled; and its hash chain.")
public class ActivityLogResource {

    @Inject
    ActivitySearch search;
    @Inject
    ChainVerifier verifier;
    @Inject
    Checkpoints checkpoints;
    @Inject
    CheckpointSigner signer;
    @Inject
    ActivityRequests requests;
    @Inject
    Caller caller;

    /** One page; the {@code Link} header's {@code rel="next"} names the next one (same period, filters and snapshot). */
    @GET
    @Operation(operationId = "listActivity", summary = "List the activity log",
            description = "One page of the period's entries, newest first; the `Link` header's `rel=\"next\"` names the "
                    + "next page (same period, filters and snapshot).")
    @APIResponse(responseCode = "200", description = "A page of entries.")
    @APIResponse(responseCode = "400", description = "A period, filter, cursor or limit that is not valid.")
    public RestResponse<List<Entry>> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("type") String type, @QueryParam("customerId") String customerId,
                                          @QueryParam("user") @Size(max = 200) String user,
                                          @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
                                          @Context UriInfo uri) {
        Period period = requests.period(from, to);
        ActivityPage page = search.page(requests.query(period, type, customerId, user), Cursor.decode(cursor), limit);
        RestResponse.ResponseBuilder<List<Entry>> response =
                RestResponse.ResponseBuilder.ok(page.entries().stream().map(Entry::of).toList());
        if (page.next() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("from", period.from())
                    .replaceQueryParam("to", period.to()).replaceQueryParam("cursor", Cursor.encode(page.next())).build(), "next");
        }
        return response.build();
    }

    /** Which users accessed keys or downloaded software in the period, with counts and the last time. */
    @GET
    @Path("/users")
    @Operation(operationId = "listActivityUsers", summary = "List who accessed keys or downloads",
            description = "Each user who read keys or downloaded software in the period, with counts and the last time.")
    @APIResponse(responseCode = "200", description = "The users.")
    @APIResponse(responseCode = "400", description = "`from` or `to` is not valid, or reaches beyond the retention.")
    public List<UserActivity> users(@QueryParam("from") String from, @QueryParam("to") String to) {
        return search.users(requests.query(requests.period(from, to)));
    }

    /** Recomputes the hash chain over the period's entries and checks it against the signed checkpoints. */
    @GET
    @Path("/verify")
    @Operation(operationId = "verifyActivityLog", summary = "Verify the activity log",
            description = "Recomputes the hash chain over the period's entries and checks it against the signed, "
                    + "anchored checkpoints.")
    @APIResponse(responseCode = "200", description = "Whether the chain is intact, and where it breaks if not.")
    @APIResponse(responseCode = "400", description = "`from` or `to` is not valid, or reaches beyond the retention.")
    @APIResponse(responseCode = "503", description = "The anchors are not read yet; see Retry-After.")
    public Verification verify(@QueryParam("from") String from, @QueryParam("to") String to) {
        return verifier.verify(requests.query(requests.period(from, to)));
    }

    /**
     * What verifying an export offline takes: the partner's checkpoints signed in the period and the public keys
     * that sign them (docs: audit-service/README.md, "Verifying an export offline").
     */
    @GET
    @Path("/checkpoints")
    @Operation(operationId = "listActivityCheckpoints", summary = "List the signed checkpoints",
            description = "The partner's checkpoints signed in the period and the public keys that sign them: what "
                    + "verifying an export offline takes.")
    @APIResponse(responseCode = "200", description = "The keys and checkpoints.")
    @APIResponse(responseCode = "400", description = "`from` or `to` is not valid, or reaches beyond the retention.")
    public CheckpointsView checkpoints(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = requests.period(from, to);
        return new CheckpointsView(signer.publicKeys(), signer.keyId(),
                checkpoints.signedBetween(caller.tenantId(), period.from(), period.to()));
    }

    /** Public keys by key id (X.509 SubjectPublicKeyInfo, base64), the one signing now, and the checkpoints. */
    public record CheckpointsView(Map<String, String> publicKeys, String currentKeyId, List<Checkpoint> checkpoints) {
    }

    @ServerExceptionMapper
    public Response anchorsNotRead(Anchors.NotReady e) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", 5)
                .entity(Problem.of(503, "activity-anchors-not-read", "Service Unavailable", e.getMessage())).build();
    }

    public record Entry(long id, ActivityType type, Instant occurredAt, String userName, String userRole, UUID userTenantId,
                        UUID customerId, UUID customerTenantId, UUID subjectId, UUID orderId, String productName,
                        String detail, long chainSeq, String hash) {

        static Entry of(Activity a) {
            return new Entry(a.id, a.type, a.occurredAt, a.userName, a.userRole, a.userTenantId, a.customerId,
                    a.customerTenantId, a.subjectId, a.orderId, a.productName, a.detail, a.chainSeq, a.hash);
        }
    }
}
