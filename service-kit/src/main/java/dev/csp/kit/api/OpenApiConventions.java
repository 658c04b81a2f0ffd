package dev.csp.kit.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.jboss.jandex.IndexView;

/**
 * What every service's OpenAPI document says the same way, written once instead of on each operation: every error is
 * a {@link Problem} (RFC 9457) as {@code application/problem+json}; an operation that needs a token can answer 401 and
 * 403 ({@link UnauthorizedProblem}, {@link ProblemMappers}); one that reads a body can answer 400 (malformed,
 * {@link StrictJson}) and 413 ({@link BodySizeLimit}); any can answer 500. Resources declare only their own errors.
 * A list that pages gets its {@code Link} header ({@link PageLinkHeader}), an operation that reads
 * {@code Idempotency-Key} the shared parameter ({@link IdempotencyKeyParameter}), and a header declared without a schema
 * (such as a 201's {@code Location}) is a string, and so is an amount that travels as one ({@link DecimalStrings}).
 * Runs at build time, so the document stored in target/openapi (linted by tools/openapi-lint) holds it too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** Our roles, taken out of the security requirement: for an openIdConnect scheme that list names OIDC scopes. */
    static final String ROLES_EXTENSION = "x-csp-roles";

    private final DecimalStrings decimals;

    /** SmallRye hands a build-time filter the application's index. */
    public OpenApiConventions(IndexView index) {
        this.decimals = new DecimalStrings(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        decimals.document(api);
        api.getComponents().addSchema("Problem", problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(this::conventions));
        if (api.getPaths().getPathItems().values().stream().flatMap(path -> path.getOperations().values().stream())
                .anyMatch(IdempotencyKeyParameter::isUsedBy)) {
            api.getComponents().addParameter(IdempotencyKeyParameter.NAME, IdempotencyKeyParameter.parameter());
        }
    }

    private void conventions(Operation operation) {
        APIResponses responses = operation.getResponses();
        PageLinkHeader.document(operation);
        if (isSecured(operation)) {
            rolesOutOfScopes(operation);
            addIfAbsent(responses, "401", "No valid access token for this platform (with a Bearer challenge).");
            addIfAbsent(responses, "403", "The caller's role or tenant does not allow this.");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "400", "The request is invalid; `violations` names each field that is wrong.");
            addIfAbsent(responses, "413", "The request body is larger than the service accepts.");
        }
        addIfAbsent(responses, "500", "Something went wrong on our side; `detail` names the incident.");
        IdempotencyKeyParameter.document(operation);
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
            if (response.getHeaders() != null) {
                response.getHeaders().values().stream().filter(h -> h.getSchema() == null && h.getRef() == null)
                        .forEach(h -> h.setSchema(OASFactory.createSchema().addType(SchemaType.STRING)));
            }
        });
    }

    private static boolean isSecured(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream().anyMatch(r -> !r.getSchemes().isEmpty());
    }

    /**
     * Quarkus lists the {@code @RolesAllowed} roles as the requirement's scopes; our roles come from the token's
     * {@code roles} claim, not OIDC scopes, so they move to {@value #ROLES_EXTENSION} and the description.
     */
    private static void rolesOutOfScopes(Operation operation) {
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement withoutScopes = OASFactory.createSecurityRequirement();
            for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                scheme.getValue().stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                withoutScopes.addScheme(scheme.getKey());
            }
            requirements.add(withoutScopes);
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, roles);
            String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(description + "Roles: " + String.join(", ", roles) + ".");
        }
    }

    /** Keeps a response the operation declares itself (or Quarkus's own 401/403, which get our words). */
    private static void addIfAbsent(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (isQuarkusDefault(existing.getDescription())) {
            existing.setDescription(description);
        }
    }

    private static boolean isQuarkusDefault(String description) {
        return description == null || List.of("Not Authorized", "Not Allowed", "Bad Request").contains(description);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /** {@link Problem} as it is written, and room for the extension members some answers add. */
    private static Schema problemSchema() {
        Schema violation = object("One thing wrong with the request.")
                .addProperty("field", text("A JSON path into the body, or the parameter's name."))
                .addProperty("message", text("What is wrong with it."));
        return object("An error, as RFC 9457 problem details. Further members may appear (extension members, such "
                + "as `supportRequestUrl` on a refused cancellation); clients ignore those they do not know.")
                .addProperty("type", text("A URI naming the kind of problem: https://csp.dev/problems/{code}.").format("uri"))
                .addProperty("title", text("A short summary of the kind of problem."))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code."))
                .addProperty("detail", text("What went wrong this time, for people."))
                .addProperty("instance", text("A URI reference for this occurrence (RFC 9457); not sent today.")
                        .format("uri-reference"))
                .addProperty("code", text("Stable and machine-readable, such as `not-found` or `customer-exists`."))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY).items(violation)
                        .description("For 400: each field or parameter that is wrong."))
                .required(List.of("type", "title", "status", "code"))
                .additionalPropertiesBoolean(true);
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
