package dev.csp.kit.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code code} is stable and machine-readable; {@code detail} is for people;
 * {@code extensions} are written as further members after the problem's own (such as {@code supportRequestUrl}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String code, List<Violation> violations,
                      @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with a request: where ({@code field}, a JSON path or parameter name) and what. */
    public record Violation(String field, String message) {
    }

    public Problem {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(URI.create("https://csp.dev/problems/" + code), title, status, detail, code, List.of(),
                Map.of());
    }

    public Problem withViolations(List<Violation> found) {
        return new Problem(type, title, status, detail, code, List.copyOf(found), extensions);
    }

    public Problem withExtensions(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(extensions);
        all.putAll(more);
        return new Problem(type, title, status, detail, code, violations, all);
    }

    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }
}
