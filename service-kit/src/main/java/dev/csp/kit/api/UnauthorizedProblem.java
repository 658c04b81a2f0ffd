package dev.csp.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A refused credential (no token where one is needed, a bad signature, expired, another issuer, audience or tenant) is
 * a 401 in problem+json like every other refusal, with the Bearer challenge. Authentication runs before any resource,
 * so this is a Vert.x failure handler, not one of {@link ProblemMappers}.
 */
@ApplicationScoped
class UnauthorizedProblem {

    static final Problem PROBLEM = Problem.of(401, "unauthorized", "Unauthorized",
            "Sign in with a valid access token for this platform.");

    private final String body;

    UnauthorizedProblem(ObjectMapper json) throws JsonProcessingException {
        this.body = json.writeValueAsString(PROBLEM);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        boolean refused = failure instanceof AuthenticationException && !(failure instanceof AuthenticationRedirectException)
                || failure instanceof UnauthorizedException;
        if (!refused || context.response().ended()) {
            context.next();
            return;
        }
        context.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body);
    }
}
