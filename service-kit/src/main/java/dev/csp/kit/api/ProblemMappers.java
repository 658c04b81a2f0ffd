package dev.csp.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.csp.kit.failure.Failure;
import dev.csp.kit.retry.TransientFaults;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become problem+json. A client's mistake is a 4xx; only our own bugs are 500s. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 1;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    /** A domain failure: its kind chooses the status; code, title, detail and extension members are its own. */
    @ServerExceptionMapper
    public Response failure(Failure e) {
        return respond(problem(e));
    }

    static Problem problem(Failure failure) {
        return Problem.of(status(failure.kind()), failure.code(), failure.title(), failure.detail())
                .withExtensions(failure.extensions());
    }

    static int status(Failure.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case NOT_ALLOWED_NOW -> 409;
            case GONE -> 410;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case RULE_VIOLATED -> 422;
            case BROKEN -> 500;
        };
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(Problem.of(400, "invalid-request", "Invalid request",
                        violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")))
                .withViolations(violations));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown field '" + unknown.getPropertyName() + "'.";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            detail = "Text must not contain control characters" + (field.isEmpty() ? "." : ": '" + field + "' does.");
        } else if (e instanceof InvalidFormatException format) {
            detail = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName() + ".";
        } else if (e instanceof JsonMappingException) {
            detail = "The body does not have the expected shape" + (field.isEmpty() ? "." : " at '" + field + "'.");
        } else {
            detail = "The body is not valid JSON.";
        }
        Problem problem = Problem.of(400, "malformed-body", "Malformed request body", detail);
        return respond(field.isEmpty() ? problem : problem.withViolations(List.of(new Problem.Violation(field, detail))));
    }

    /** Quarkus maps this one itself, with a body of its own shape: take it back so every 400 looks alike. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    /** No token where a role is needed (a bad one never gets this far: {@link UnauthorizedProblem}). */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(respond(UnauthorizedProblem.PROBLEM)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody);
        }
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return e.getResponse();
        }
        String reason = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String code = reason.toLowerCase().replace(' ', '-');
        String detail = e.getMessage();
        if (status == 404 && (detail == null || detail.startsWith("HTTP 404") || detail.startsWith("Unable to find"))) {
            detail = "There is nothing at this path.";
        }
        return respond(Problem.of(status, code, reason, detail));
    }

    /** The body broke off or could not be parsed at all (a multipart body without its closing boundary). */
    @ServerExceptionMapper
    public Response unreadableStream(IOException e) {
        return respond(Problem.of(400, "unreadable-body", "Unreadable request body",
                "The request body could not be read: " + e.getMessage() + "."));
    }

    /**
     * A passing fault (the connection pool had none free within its acquisition timeout, the database restarting,
     * a lock or transaction timeout) says nothing about the request: 503 with Retry-After, so the client knows to try
     * again later, and a warning without a stack trace; only what is left is our bug, a 500.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException e) {
        if (TransientFaults.isTransient(e)) {
            LOG.warnf("Answered 503, a passing fault: %s", e.getMessage());
            return Response.fromResponse(respond(Problem.of(503, "temporarily-unavailable", "Temporarily unavailable",
                    "The service is busy or its database was briefly out of reach: the request may or may not have "
                            + "taken effect. Try again, with the same Idempotency-Key where the operation takes one.")))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "internal-error", "Internal error",
                "Something went wrong on our side. Incident " + incident + "."));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "placeOrder.request.lines[0].quantity" -> "lines[0].quantity": drop the method and parameter names
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
