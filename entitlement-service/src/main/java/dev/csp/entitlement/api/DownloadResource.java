package dev.csp.entitlement.api;

import dev.csp.entitlement.domain.ByteRange;
import dev.csp.entitlement.domain.DownloadLinks;
import dev.csp.kit.api.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PathPart;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * "Download": the link sent to the customer. No sign-in: the signed token is the credential, checked on every
 * request (signature, expiry, revocation). Supports one byte range per request, so downloads can resume.
 */
@Path("/v1/downloads")
@Tag(name = "Downloads", description = "The software behind a signed download link; no sign-in.")
public class DownloadResource {

    @Inject
    DownloadLinks links;
    @Inject
    DownloadThrottle throttle;

    @GET
    @Path("/{token}")
    @PermitAll
    @Operation(operationId = "downloadSoftware", summary = "Download the software behind a link",
            description = "The signed token is the credential. One byte range per request (`Range`, `If-Range`), so a "
                    + "download can resume. Limited per client address and per link.")
    @APIResponse(responseCode = "200", description = "The whole file.",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The byte range asked for.",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "The link is not one we signed.")
    @APIResponse(responseCode = "410", description = "The link expired, the purchase was cancelled, or the build is no "
            + "longer offered.")
    @APIResponse(responseCode = "416", description = "The range is outside the file.")
    @APIResponse(responseCode = "429", description = "Too many downloads through this link or from this address; see "
            + "Retry-After.")
    public Response download(@PathParam("token") String token, @HeaderParam("Range") String range,
                             @HeaderParam("If-Range") String ifRange, @HeaderParam("User-Agent") String userAgent,
                             @Context HttpServerRequest request) {
        String clientAddress = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        Optional<Response> refused = throttle.refuse(token, clientAddress);
        if (refused.isPresent()) {
            return refused.get();
        }
        DownloadLinks.Delivery delivery = links.serve(token, range, ifRange,
                new DownloadLinks.Client(clientAddress, userAgent));
        var file = delivery.file();
        Response.ResponseBuilder response = delivery.range()
                .map(part -> Response.status(206).header("Content-Range", part.contentRange())
                        .entity(new PathPart(delivery.path(), part.first(), part.length())))
                .orElseGet(() -> Response.ok(new PathPart(delivery.path(), 0, file.sizeBytes)));
        return response.type(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("ETag", file.etag())
                .header("Accept-Ranges", "bytes")
                .header("Cache-Control", "private, no-store")
                .header("Content-Disposition", attachment(file.fileName))
                .build();
    }

    /** RFC 6266: a plain ASCII name for old clients, the exact name (RFC 8187) for the rest; never header injection. */
    private static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @ServerExceptionMapper
    public Response notSatisfiable(ByteRange.NotSatisfiable e) {
        return Response.status(416).type(Problem.MEDIA_TYPE).header("Content-Range", "bytes */" + e.size)
                .entity(Problem.of(416, "range-not-satisfiable", "Range not satisfiable",
                        "The file has " + e.size + " bytes.")).build();
    }

}
