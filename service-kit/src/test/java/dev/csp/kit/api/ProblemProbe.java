package dev.csp.kit.api;

import dev.csp.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A resource of the kit's test application only: each operation fails as a service's would, for ProblemsTest. */
@Path("/test/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemProbe {

    public enum Kind { PERPETUAL_SOFTWARE, SOFTWARE_PLAN }

    public record Line(@NotBlank String skuId, @Min(1) @Max(1000) int quantity) {
    }

    public record Order(@NotNull Kind kind, boolean acknowledged, @NotNull @Valid List<Line> lines) {
    }

    @GET
    @Path("/{status}")
    public String refused(@PathParam("status") int status) {
        throw switch (status) {
            case 404 -> ProblemException.notFound("Order", "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
            case 409 -> ProblemException.conflict("already-cancelled", "The order is cancelled already.");
            case 410 -> ProblemException.gone("key-revoked", "The key was revoked.");
            case 422 -> ProblemException.unprocessable("unknown-sku", "No such SKU: x.");
            default -> ProblemException.badRequest("invalid-status", "No such case: " + status + ".");
        };
    }

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException("secret internal detail");
    }

    @POST
    @Path("/orders")
    public Order order(@Valid @NotNull Order order) {
        return order;
    }

    @GET
    @Path("/roles")
    @RolesAllowed(Roles.ADMIN_AGENT)
    public String agentsOnly() {
        return "ok";
    }
}
