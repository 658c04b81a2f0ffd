package dev.csp.catalog.api;

import dev.csp.catalog.api.CatalogRequests.NewPolicyVersion;
import dev.csp.catalog.domain.CancellationPolicies;
import dev.csp.catalog.domain.CancellationPolicy;
import dev.csp.catalog.domain.Catalog;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished.RefundKind;
import dev.csp.kit.idempotency.Idempotency;
import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every version of the cancellation policy of each product kind; new versions for catalog-admins. */
@Path("/v1/products/cancellation-policies")
@RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.ACCOUNT_ADMIN, Roles.REFERRAL_ADMIN,
        Roles.MARKETING_CONTENT_ADMIN, Roles.CATALOG_ADMIN})
@Tag(name = "Cancellation policies", description = "How long each product kind can be cancelled, and what it refunds.")
public class CancellationPolicyResource {

    @Inject
    Catalog catalog;
    @Inject
    CancellationPolicies policies;
    @Inject
    Idempotency idempotency;

    @GET
    @Operation(operationId = "listCancellationPolicies", summary = "List cancellation policy versions",
            description = "Every version of each product kind's policy, or of one `kind`.")
    @APIResponse(responseCode = "200", description = "The policy versions.")
    @APIResponse(responseCode = "400", description = "`kind` is not a product kind.")
    public List<PolicyView> list(@QueryParam("kind") @Size(max = 40) String kind) {
        return catalog.policies(kind).stream().map(PolicyView::of).toList();
    }

    /** A new version, in effect from a later day than every earlier version; earlier orders keep theirs. */
    @POST
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(operationId = "addCancellationPolicyVersion", summary = "Add a cancellation policy version",
            description = "In effect from a later day than every earlier version; orders placed before keep theirs.")
    @APIResponse(responseCode = "201", description = "The new version.",
            headers = @Header(name = "Location", description = "The kind's versions."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "409", description = "A version of this kind takes effect on that day or later.")
    @APIResponse(responseCode = "422", description = "The terms do not fit together, or the day is too early or too far ahead.")
    public Response add(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid NewPolicyVersion request) {
        return idempotency.once(key, request, () -> {
            PolicyView added = PolicyView.of(policies.addVersion(request.kind(), new CancellationPolicy.Terms(
                    request.effectiveFrom(), request.cancellable(), request.windowDays(), request.refundKind(),
                    request.supportRequestAbove())));
            return Response.created(URI.create("/v1/products/cancellation-policies?kind=" + added.kind()))
                    .entity(added).build();
        });
    }

    public record PolicyView(ProductKind kind, int version, LocalDate effectiveFrom, boolean cancellable, int windowDays,
                             RefundKind refundKind, List<Money> supportRequestAbove) {

        static PolicyView of(CancellationPolicy p) {
            return new PolicyView(p.kind, p.version, p.effectiveFrom, p.cancellable, p.windowDays, p.refundKind,
                    p.supportRequestAbove.stream().map(CancellationPolicy.Threshold::money).toList());
        }
    }
}
