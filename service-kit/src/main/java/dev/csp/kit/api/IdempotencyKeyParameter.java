package dev.csp.kit.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The {@code Idempotency-Key} header ({@code dev.csp.kit.idempotency.Idempotency}) as one reusable parameter,
 * {@code #/components/parameters/IdempotencyKey}: an operation that reads the header ({@code @HeaderParam}) gets the
 * reference instead of a bare header, and the answers the key adds (400 invalid key, 409 still running, 422 used for
 * another request), in its own words where it declares that status for reasons of its own.
 */
final class IdempotencyKeyParameter {

    static final String NAME = "IdempotencyKey";
    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeyParameter() {
    }

    static boolean isUsedBy(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> ("#/components/parameters/" + NAME).equals(p.getRef()));
    }

    static Parameter parameter() {
        return OASFactory.createParameter().name(HEADER).in(Parameter.In.HEADER).required(false)
                .description("Makes a retry safe: the same key with the same request answers the first response again "
                        + "(status, body and Location, marked `Idempotent-Replayed: true`) and creates nothing more; "
                        + "the same key with another request is refused (422 `idempotency-key-reused`), a retry while "
                        + "the first is still running too (409 `idempotency-key-in-flight`). A key belongs to the "
                        + "signed-in user and is kept at least 24 hours; a request that failed keeps no key. A new "
                        + "random value (a UUID) for each new request.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1).maxLength(255)
                        .pattern("^[\\x21-\\x7e]+$"))
                .example("3f2c8a4e-6a51-4f0e-9d8b-2b7c1e5d9a10");
    }

    /** Replaces the bare header by the reference, and names what the key may answer. */
    static void document(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null || parameters.stream().noneMatch(IdempotencyKeyParameter::isHeader)) {
            return;
        }
        operation.setParameters(parameters.stream()
                .map(p -> isHeader(p) ? OASFactory.createParameter().ref("#/components/parameters/" + NAME) : p)
                .toList());
        APIResponses responses = operation.getResponses();
        mention(responses, "400", "The Idempotency-Key is not 1 to 255 visible ASCII characters.");
        mention(responses, "409", "A request with this Idempotency-Key is still running.");
        mention(responses, "422", "The Idempotency-Key was used for another request.");
    }

    private static boolean isHeader(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && HEADER.equalsIgnoreCase(parameter.getName());
    }

    private static void mention(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (existing.getDescription() == null || !existing.getDescription().contains(HEADER)) {
            String before = existing.getDescription() == null ? "" : existing.getDescription() + " ";
            existing.setDescription(before + "Or: " + Character.toLowerCase(description.charAt(0))
                    + description.substring(1));
        }
    }
}
