package dev.csp.kit.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path or query that holds a control character ({@code %00}, {@code %1b}, ...) is refused as a whole, before any
 * resource sees it: no id, code or search term has one, and PostgreSQL cannot even be asked about a NUL.
 */
public class ControlCharacters {

    @ServerRequestFilter(preMatching = true)
    public void refuse(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (hasOne(uri.getPath()) || anyHasOne(uri.getQueryParameters())) {
            throw ProblemException.badRequest("control-characters",
                    "The path and the query must not contain control characters.");
        }
    }

    private static boolean anyHasOne(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream().anyMatch(parameter -> hasOne(parameter.getKey())
                || parameter.getValue().stream().anyMatch(ControlCharacters::hasOne));
    }

    /** Unlike text in a body, a path or query has no use for tabs or line breaks either. */
    private static boolean hasOne(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
