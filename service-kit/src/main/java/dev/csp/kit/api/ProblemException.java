package dev.csp.kit.api;

/** A request that cannot be done, with the status and stable code the caller gets as problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** Unknown, or belongs to another tenant: the caller cannot tell the two apart. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", what + " not found", what + " " + id + " does not exist."));
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(Problem.of(400, code, "Invalid request", detail));
    }

    /** A business rule forbids the action in the current state. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(Problem.of(409, code, "Not allowed now", detail));
    }

    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(Problem.of(422, code, "Cannot be processed", detail));
    }

    /** It existed and is gone for good, such as a revoked key. */
    public static ProblemException gone(String code, String detail) {
        return new ProblemException(Problem.of(410, code, "No longer available", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }
}
