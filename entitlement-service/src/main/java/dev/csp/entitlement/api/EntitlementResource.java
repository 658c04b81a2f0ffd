package dev.csp.entitlement.api;

import dev.csp.entitlement.domain.DownloadCatalog;
import dev.csp.entitlement.domain.DownloadLinks;
import dev.csp.entitlement.domain.Entitlement;
import dev.csp.entitlement.domain.Entitlements;
import dev.csp.entitlement.domain.Viewer;
import dev.csp.kit.api.Paging;
import dev.csp.kit.idempotency.Idempotency;
import dev.csp.kit.security.Caller;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "Software": what was bought for a customer, and "Get keys and downloads" for those allowed to use them. */
@Path("/v1/entitlements")
@Tag(name = "Entitlements", description = "What was bought for a customer, its product keys and download links.")
public class EntitlementResource {

    @Inject
    Entitlements entitlements;
    @Inject
    DownloadCatalog catalog;
    @Inject
    DownloadLinks links;
    @Inject
    Caller caller;
    @Inject
    Idempotency idempotency;

    /** Everything purchased for the customer, cancelled items included. A customer's admin sees their own tenant's. */
    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_GLOBAL_ADMIN})
    @Operation(operationId = "listEntitlements", summary = "List what was bought for a customer",
            description = "Cancelled items included. A partner names the customer (`customerId`); a customer's Global "
                    + "admin sees their own tenant's.")
    @APIResponse(responseCode = "200", description = "A page of entitlements, newest first.")
    @APIResponse(responseCode = "400", description = "`customerId` is missing (for a partner) or not a GUID, or `limit` "
            + "or `cursor` is not valid.")
    public RestResponse<List<EntitlementView>> list(@QueryParam("customerId") UUID customerId,
                                                    @QueryParam("cursor") String cursor,
                                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
                                                    @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        Paging.Page<Entitlement> page =
                paging.page(entitlements.list(viewer(), customerId, paging.offset(), paging.fetch()));
        return new Paging.Page<>(views(page.items()), page.next()).answer(uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_GLOBAL_ADMIN})
    @Operation(operationId = "getEntitlement", summary = "Get one entitlement", description = "With its downloads.")
    @APIResponse(responseCode = "200", description = "The entitlement.")
    @APIResponse(responseCode = "404", description = "No such entitlement that the caller may see.")
    public EntitlementView get(@PathParam("id") UUID id) {
        return views(List.of(entitlements.get(viewer(), id))).get(0);
    }

    /** The product key. Every read is recorded in the activity log; the response is never cached. */
    @GET
    @Path("/{id}/key")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN})
    @Operation(operationId = "getProductKey", summary = "Get the product key",
            description = "Every read is recorded in the activity log; the answer is never cached.")
    @APIResponse(responseCode = "200", description = "The product key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "403", description = "Only the partner's Admin agent or the customer's Global admin may "
            + "get keys and downloads.")
    @APIResponse(responseCode = "404", description = "No such entitlement that the caller may see.")
    @APIResponse(responseCode = "409", description = "The product has no product key.")
    @APIResponse(responseCode = "410", description = "The purchase was cancelled: its key is revoked.")
    public Response key(@PathParam("id") UUID id) {
        String key = entitlements.readKey(viewer(), id, caller.actingAs(Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN))
                .grouped();
        return Response.ok(new KeyView(id, key)).header("Cache-Control", "no-store").build();
    }

    /**
     * "Copy Link": a signed link to one build, recorded in the activity log. The link is itself a credential, so a
     * retry with the same Idempotency-Key keeps only the link's id and derives its URL again: the same link, while it
     * still works.
     */
    @POST
    @Path("/{id}/download-links")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN})
    @Operation(operationId = "createDownloadLink", summary = "Create a download link",
            description = "A signed link to one build (\"Copy Link\"), recorded in the activity log. The link is itself a "
                    + "credential. Idempotency-Key makes a retry answer the same link again, and make no other, while it "
                    + "still works; the stored answer keeps the link's id, never its URL. A retry after the link was "
                    + "revoked or expired is 410.")
    @APIResponse(responseCode = "201", description = "The link.",
            headers = @Header(name = "Location", description = "The download.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DownloadLinkView.class)))
    @APIResponse(responseCode = "403", description = "Only the partner's Admin agent or the customer's Global admin may "
            + "get keys and downloads.")
    @APIResponse(responseCode = "404", description = "No such entitlement that the caller may see.")
    @APIResponse(responseCode = "409", description = "The product has no downloads, or a request with this "
            + "Idempotency-Key is still running.")
    @APIResponse(responseCode = "410", description = "The purchase was cancelled: its downloads are revoked; or, for a "
            + "retry with the same Idempotency-Key, the link it made was revoked or has expired.")
    @APIResponse(responseCode = "422", description = "The product has no download of this version, language and "
            + "bitness; or the Idempotency-Key was used for another request.")
    public Response createDownloadLink(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
                                       @Valid @NotNull NewDownloadLink request, @Context UriInfo uri) {
        return idempotency.once(key, request, LinkReceipt.class, () -> {
            DownloadLinks.IssuedLink issued = links.create(viewer(), id, request.variant(),
                    caller.actingAs(Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN));
            return new Idempotency.Receipted<>(linkAnswer(issued, uri), new LinkReceipt(issued.link().id));
        }, receipt -> linkAnswer(links.reissue(viewer(), id, receipt.linkId()), uri));
    }

    private static Response linkAnswer(DownloadLinks.IssuedLink issued, UriInfo uri) {
        URI url = uri.getBaseUriBuilder().path(DownloadResource.class).path(issued.token()).build();
        return Response.created(url).entity(DownloadLinkView.of(issued, url)).header("Cache-Control", "no-store")
                .build();
    }

    /** What the idempotency table keeps of a link made: its id, never its token. */
    record LinkReceipt(UUID linkId) {
    }

    /** The links made for the entitlement, newest first: by whom, when, until when, and whether each still works. */
    @GET
    @Path("/{id}/download-links")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN})
    @Operation(operationId = "listDownloadLinks", summary = "List the download links made",
            description = "Newest first, a page at a time: build, who made it and when, expiry, and whether it is "
                    + "active, expired or revoked (and by whom). Never the link itself: its token is not stored.")
    @APIResponse(responseCode = "200", description = "A page of the links made.")
    @APIResponse(responseCode = "404", description = "No such entitlement that the caller may see.")
    public RestResponse<List<MadeLinkView>> downloadLinks(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
                                                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
                                                          @Context UriInfo uri) {
        Paging paging = Paging.of(cursor, limit);
        RestResponse<List<MadeLinkView>> page = paging.page(links.madeFor(viewer(), id, paging.offset(), paging.fetch()))
                .map(MadeLinkView::of).answer(uri);
        return RestResponse.ResponseBuilder.fromResponse(page).header("Cache-Control", "no-store").build();
    }

    /**
     * "Revoke link": that link answers 410 at once; other links and the key keep working. 204 however often it is
     * asked, so a retried click or a second tab is no error.
     */
    @DELETE
    @Path("/{id}/download-links/{linkId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN})
    @Operation(operationId = "revokeDownloadLink", summary = "Revoke one download link",
            description = "The link answers 410 at once; other links and the key keep working. The activity log "
                    + "records who revoked it. Revoking again is 204 too and records nothing more.")
    @APIResponse(responseCode = "204", description = "The link is revoked.")
    @APIResponse(responseCode = "404", description = "No such entitlement or link that the caller may see.")
    public Response revokeDownloadLink(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId) {
        links.revoke(viewer(), id, linkId, caller.actingAs(Roles.ADMIN_AGENT, Roles.CUSTOMER_GLOBAL_ADMIN));
        return Response.noContent().build();
    }

    private List<EntitlementView> views(List<Entitlement> found) {
        var downloads = catalog.bySku(found.stream().map(e -> e.skuId).collect(Collectors.toSet()));
        return found.stream().map(e -> EntitlementView.of(e, downloads)).toList();
    }

    private Viewer viewer() {
        Set<String> roles = Set.of(Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_GLOBAL_ADMIN).stream()
                .filter(caller::hasRole).collect(Collectors.toSet());
        return new Viewer(caller.tenantId(), roles);
    }

    public record KeyView(UUID entitlementId, String productKey) {

        /** Never the key itself: keys must not reach logs, whoever prints the record. */
        @Override
        public String toString() {
            return "KeyView[entitlementId=" + entitlementId + ", productKey=****]";
        }
    }
}
