package dev.csp.kit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem detail. {@code code} is stable and machine-readable; {@code detail} is for people. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String code, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with a request: where ({@code field}, a JSON path or parameter name) and what. */
    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(URI.create("https://csp.dev/problems/" + code), title, status, detail, code, List.of());
    }

    public Problem withViolations(List<Violation> found) {
        return new Problem(type, title, status, detail, code, List.copyOf(found));
    }
}
