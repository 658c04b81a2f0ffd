package dev.csp.kit.failure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the domain refuses, cannot find or cannot do, named for what it means: no status, no HTTP. {@code code} is
 * stable and machine-readable, {@code title} names the kind for people, {@code detail} says what went wrong this time;
 * {@code extensions} are further members the answer carries (such as where to file a support request). The API's one
 * mapper turns a failure into its problem+json answer and chooses the status from {@link #kind()}.
 */
public class Failure extends RuntimeException {

    /** What kind of failure this is. */
    public enum Kind {
        /** The request names something outside its allowed set, or contradicts itself. */
        INVALID,
        /** Unknown, or belongs to another tenant: the caller cannot tell the two apart. */
        NOT_FOUND,
        /** This caller may not do this, whatever the state. */
        FORBIDDEN,
        /** A business rule forbids the action in the current state, or it would clash with what exists. */
        NOT_ALLOWED_NOW,
        /** It existed and is gone for good, such as a revoked link. */
        GONE,
        /** More or bigger than a rule allows. */
        TOO_LARGE,
        /** A kind of content the rules do not accept. */
        UNSUPPORTED_TYPE,
        /** Well-formed, but a rule of the domain forbids what it asks for. */
        RULE_VIOLATED,
        /** Our own state is broken (stored data failed its check): not the caller's doing. */
        BROKEN
    }

    private final Kind kind;
    private final String code;
    private final String title;
    private final transient Map<String, Object> extensions;

    public Failure(Kind kind, String code, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public Failure(Kind kind, String code, String title, String detail) {
        this(kind, code, title, detail, Map.of());
    }

    public static Failure notFound(String what, Object id) {
        return new Failure(Kind.NOT_FOUND, "not-found", what + " not found", what + " " + id + " does not exist.");
    }

    public static Failure invalid(String code, String detail) {
        return new Failure(Kind.INVALID, code, "Invalid request", detail);
    }

    public static Failure notAllowedNow(String code, String detail) {
        return new Failure(Kind.NOT_ALLOWED_NOW, code, "Not allowed now", detail);
    }

    public static Failure ruleViolated(String code, String detail) {
        return new Failure(Kind.RULE_VIOLATED, code, "Cannot be processed", detail);
    }

    public static Failure gone(String code, String detail) {
        return new Failure(Kind.GONE, code, "No longer available", detail);
    }

    public static Failure forbidden(String detail) {
        return new Failure(Kind.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /** The same failure with one more extension member ({@code name} must not be one of the problem's own). */
    public Failure with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Failure(kind, code, title, getMessage(), more);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
