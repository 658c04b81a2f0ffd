package dev.csp.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code Idempotency-Key} for every POST that creates something, as Stripe and the IETF draft define it: the same key
 * with the same request answers the first response again (status, body, Location; marked
 * {@code Idempotent-Replayed: true}); the same key with another request is a 422; a retry while the first is still
 * running is a 409. A key belongs to the signed-in user within their tenant and is kept at least 24 hours. Only a
 * request that created something keeps its key: one that failed created nothing, so it may be retried with the same
 * key. The key is optional; without it, each request stands alone.
 *
 * <p>The key is stored in the very transaction that creates the resource, never apart from it: whatever fails, and
 * whichever replica answers the retry, the key is there exactly when the resource is. An ambiguous commit (the
 * connection dropped during COMMIT, so this replica cannot tell whether it committed) therefore needs no guess: a
 * retry finds the key and replays the response if the commit happened, or creates the resource once if it did not.
 * No replica's clock decides anything but the 24 hours.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final Caller caller;
    private final JsonWebToken token;
    private final RoutingContext http;
    private final ObjectMapper json;

    Idempotency(IdempotencyKeys keys, Caller caller, JsonWebToken token, RoutingContext http, ObjectMapper json) {
        this.keys = keys;
        this.caller = caller;
        this.token = token;
        this.http = http;
        this.json = json;
    }

    /** Runs {@code create} at most once per key; {@code request} is what makes two requests the same. */
    public Response once(String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.badRequest("invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.");
        }
        IdempotencyKeys.Scope scope = new IdempotencyKeys.Scope(caller.tenantId(), token.getSubject());
        String fingerprint = fingerprint(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<IdempotencyKeys.StoredResponse> earlier = keys.claim(scope, key, fingerprint);
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
            Response created = create.get();
            if (created.getStatus() < 300) {
                keys.complete(scope, key, stored(created));
            } else {
                QuarkusTransaction.setRollbackOnly(); // nothing was created: the claim goes with it
            }
            return created;
        });
    }

    private IdempotencyKeys.StoredResponse stored(Response response) {
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        return new IdempotencyKeys.StoredResponse(response.getStatus(), write(response.getEntity()), location);
    }

    private static Response replay(IdempotencyKeys.StoredResponse earlier) {
        Response.ResponseBuilder replay = Response.status(earlier.status())
                .entity(earlier.body()).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true");
        return earlier.location() == null ? replay.build() : replay.header(HttpHeaders.LOCATION, earlier.location()).build();
    }

    /** The method, the path and the request as JSON: the same key on another endpoint is another request. */
    private String fingerprint(Object request) {
        String canonical = http.request().method() + " " + http.normalizedPath() + "\n" + write(request);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
