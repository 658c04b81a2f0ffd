package dev.csp.kit.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced as larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, as Quarkus
 * does, but as problem+json like every other refusal (Quarkus answers an empty 413). Runs just before Quarkus's own
 * check, which still covers bodies sent without a length.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int BEFORE_QUARKUS_LIMIT = -3;

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long max = limit.asLongValue();
        String body = Json.encode(Problem.of(413, "body-too-large", "Request body too large",
                "The request body must not be larger than " + max + " bytes."));
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && announcesMore(length, max)) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(body)
                        .onComplete(sent -> context.request().connection().close()); // the rest of the body is not read
                return;
            }
            context.next();
        });
    }

    private static boolean announcesMore(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // not ours to judge: the HTTP codec refuses a malformed length itself
        }
    }
}
