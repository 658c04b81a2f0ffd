package dev.csp.order.api;

import dev.csp.kit.api.Paging;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.idempotency.Idempotency;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import dev.csp.order.domain.Attachment;
import dev.csp.order.domain.SupportRequest;
import dev.csp.order.domain.SupportRequestAttachment;
import dev.csp.order.domain.SupportRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Refund support requests: admin agents and global admins submit them (JSON, or multipart with files) and read their
 * own tenant's; support agents of platform operations read every partner's and decide them.
 */
@Path("/v1/support-requests")
@Tag(name = "Support requests", description = "Refund support requests and their review by platform operations.")
public class SupportRequestResource {

    @Inject
    SupportRequests requests;
    @Inject
    Caller caller;
    @Inject
    Idempotency idempotency;
    @ConfigProperty(name = "csp.operations-tenant-id")
    UUID operationsTenant;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(operationId = "submitSupportRequest", summary = "Submit a refund support request",
            description = "As JSON, or as multipart with a `request` part (JSON) and up to three `attachments`. "
                    + "Idempotency-Key makes a retry answer the first response again.")
    @APIResponse(responseCode = "201", description = "The support request submitted.",
            headers = @Header(name = "Location", description = "The request."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportRequestView.class)))
    @APIResponse(responseCode = "413", description = "Too many attachments, or one is too large.")
    @APIResponse(responseCode = "415", description = "An attachment of a type that is not accepted.")
    @APIResponse(responseCode = "422", description = "The customer, subscription or order is unknown, or the amount does "
            + "not fit what was paid.")
    public Response submit(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewSupportRequest request) {
        return submit(key, request, List.of());
    }

    /**
     * The same request as a {@code request} part (JSON) with up to three {@code attachments} parts. One operation with
     * the JSON one in the OpenAPI document: that method's annotations describe it (the 201 here only keeps a default 200
     * out of it).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @APIResponse(responseCode = "201", description = "The support request submitted.")
    public Response submitWithAttachments(@HeaderParam(Idempotency.HEADER) String key,
                                          @RestForm("request") @PartType(MediaType.APPLICATION_JSON) @Valid @NotNull
                                          NewSupportRequest request,
                                          @RestForm("attachments") List<FileUpload> uploads) {
        Attachment.checkCount(uploads.size());
        return submit(key, request, uploads.stream().map(SupportRequestResource::read).map(Attachment::checked).toList());
    }

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.SUPPORT_AGENT})
    @Operation(operationId = "listSupportRequests", summary = "List support requests",
            description = "The caller's tenant's; every partner's for support agents of platform operations.")
    @APIResponse(responseCode = "200", description = "A page of support requests.")
    @APIResponse(responseCode = "400", description = "`status`, `limit` or `cursor` is not valid.")
    public RestResponse<List<SupportRequestView>> list(@QueryParam("status") SupportRequest.Status status,
                                                       @QueryParam("cursor") String cursor,
                                                       @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                                       @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        return paging.page(requests.withOrders(requests.list(viewer(), status, paging.offset(), paging.fetch())))
                .map(SupportRequestView::of).answer(uri);
    }

    @GET
    @Path("/{requestId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.SUPPORT_AGENT})
    @Operation(operationId = "getSupportRequest", summary = "Get one support request",
            description = "With its attachments' ids and the order it is about: its lines, their status and effects.")
    @APIResponse(responseCode = "200", description = "The support request.")
    @APIResponse(responseCode = "404", description = "No such support request that the caller may see.")
    public SupportRequestView get(@PathParam("requestId") UUID requestId) {
        return view(requests.get(viewer(), requestId));
    }

    @GET
    @Path("/{requestId}/attachments/{attachmentId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.SUPPORT_AGENT})
    @Operation(operationId = "getSupportRequestAttachment", summary = "Download an attachment of a support request",
            description = "As it was uploaded, in its own content type.")
    @APIResponse(responseCode = "200", description = "The file.",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such support request or attachment that the caller may see.")
    public Response attachment(@PathParam("requestId") UUID requestId, @PathParam("attachmentId") UUID attachmentId) {
        SupportRequestAttachment file = requests.attachment(viewer(), requestId, attachmentId);
        return Response.ok(file.content, file.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName.replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/{requestId}/review")
    @RolesAllowed(Roles.SUPPORT_AGENT)
    @Operation(operationId = "startSupportRequestReview", summary = "Start reviewing a support request",
            description = "By a support agent of platform operations.",
            extensions = @Extension(name = "x-csp-action", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The support request, in review.")
    @APIResponse(responseCode = "404", description = "No such support request.")
    @APIResponse(responseCode = "409", description = "The request's status does not allow this now.")
    public SupportRequestView startReview(@PathParam("requestId") UUID requestId) {
        requirePlatformSupport();
        return view(requests.startReview(requestId, caller.actingAs(Roles.SUPPORT_AGENT)));
    }

    @POST
    @Path("/{requestId}/approval")
    @RolesAllowed(Roles.SUPPORT_AGENT)
    @Operation(operationId = "approveSupportRequest", summary = "Approve a support request",
            description = "With the amount to credit on the partner's next invoice. Cancels the request's line (every "
                    + "line still active when it names none), whatever the window or policy: their keys and download "
                    + "links answer 410, the lines stay listed without a key, and the next invoice carries a credit of "
                    + "the approved amount only (no credit by the cancellation policy on top). A line cancelled before "
                    + "stays as it was; the approved amount is credited up to what remains of its charge.",
            extensions = @Extension(name = "x-csp-action", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The support request, approved, with its order's lines cancelled.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such support request.")
    @APIResponse(responseCode = "409", description = "The request's status does not allow this now.")
    @APIResponse(responseCode = "422", description = "The approved amount is not above zero and within what was paid.")
    public SupportRequestView approve(@PathParam("requestId") UUID requestId,
                                      @Valid @NotNull SupportDecision.Approval approval) {
        requirePlatformSupport();
        return view(requests.approve(requestId, approval.approvedAmount().money(), approval.note(),
                caller.actingAs(Roles.SUPPORT_AGENT)));
    }

    @POST
    @Path("/{requestId}/rejection")
    @RolesAllowed(Roles.SUPPORT_AGENT)
    @Operation(operationId = "rejectSupportRequest", summary = "Reject a support request",
            description = "With the reason. Changes nothing else: the order, its keys and its invoices stay as they are.",
            extensions = @Extension(name = "x-csp-action", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The support request, rejected.")
    @APIResponse(responseCode = "404", description = "No such support request.")
    @APIResponse(responseCode = "409", description = "The request's status does not allow this now.")
    public SupportRequestView reject(@PathParam("requestId") UUID requestId,
                                     @Valid @NotNull SupportDecision.Rejection rejection) {
        requirePlatformSupport();
        return view(requests.reject(requestId, rejection.reason(), caller.actingAs(Roles.SUPPORT_AGENT)));
    }

    private Response submit(String key, NewSupportRequest request, List<Attachment> files) {
        record Fingerprint(NewSupportRequest request, List<String> files) {
        }
        Fingerprint fingerprint = new Fingerprint(request,
                files.stream().map(f -> f.fileName() + " " + f.contentType() + " " + f.sha256()).toList());
        return idempotency.once(key, fingerprint, () -> {
            SupportRequestView submitted = view(requests.submit(caller.tenantId(), request.claim(), files,
                    caller.actingAs(Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN)));
            return Response.created(URI.create("/v1/support-requests/" + submitted.id())).entity(submitted).build();
        });
    }

    private SupportRequestView view(SupportRequest request) {
        return SupportRequestView.of(requests.withOrder(request));
    }

    /** Support agents see every partner's requests, but only as members of platform operations. */
    private SupportRequests.Viewer viewer() {
        if (caller.hasRole(Roles.SUPPORT_AGENT) && caller.belongsTo(operationsTenant)) {
            return new SupportRequests.Viewer(caller.tenantId(), true);
        }
        if (!caller.hasAnyRole(Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN)) {
            throw ProblemException.forbidden("Support requests are reviewed by platform operations only.");
        }
        return new SupportRequests.Viewer(caller.tenantId(), false);
    }

    private void requirePlatformSupport() {
        if (!viewer().platformSupport()) {
            throw ProblemException.forbidden("Support requests are reviewed by platform operations only.");
        }
    }

    private static Attachment read(FileUpload upload) {
        if (upload.size() > Attachment.MAX_BYTES) {
            throw Attachment.tooLarge(upload.fileName()); // refused before it is read into memory
        }
        try {
            return new Attachment(upload.fileName(), upload.contentType(), Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
