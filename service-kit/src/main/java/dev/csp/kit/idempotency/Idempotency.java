package dev.csp.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code Idempotency-Key} for every POST that creates something, as Stripe and the IETF draft define it: the same key
 * with the same request answers the first response again (status, body, Location; marked
 * {@code Idempotent-Replayed: true}); the same key with another request is a 422; a retry while the first is still
 * running is a 409. A key belongs to the signed-in user within their tenant and is kept at least 24 hours. Only a
 * request that created something keeps its key: one that failed created nothing, so it may be retried with the same
 * key. The key is optional; without it, each request stands alone. An answer that is itself a credential (a download
 * link) is not stored: only a receipt naming what was created is, and a replay makes the answer anew from it.
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
    private static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    IdempotencyKeys keys;
    @Inject
    Caller caller;
    @Inject
    JsonWebToken token;
    @Inject
    RoutingContext http;
    @Inject
    ObjectMapper json;

    /** Runs {@code create} at most once per key; {@code request} is what makes two requests the same. */
    public Response once(String key, Object request, Supplier<Response> create) {
        return once(key, request, () -> {
            Response created = create.get();
            return new Attempt(created, () -> stored(created));
        }, Idempotency::replay);
    }

    /**
     * {@link #once(String, Object, Supplier)} for an answer that carries a credential (a download link's token),
     * which the table must not keep: only the {@code receipt} of what was created is stored (an id, never the
     * secret), and a replay answers {@code again} of it: the answer made anew from the resource as it stands now,
     * which may refuse (a link revoked since is not handed out again). A replay is marked as with {@code once}.
     */
    public <R> Response once(String key, Object request, Class<R> receiptType, Supplier<Receipted<R>> create,
                             Function<R, Response> again) {
        return once(key, request, () -> {
            Receipted<R> created = create.get();
            return new Attempt(created.response(), () -> new IdempotencyKeys.StoredResponse(
                    created.response().getStatus(), write(created.receipt()), null));
        }, earlier -> Response.fromResponse(again.apply(read(earlier.body(), receiptType)))
                .header(REPLAYED, "true").build());
    }

    /** The answer of a request that created something, and what a replay needs to answer it again. */
    public record Receipted<R>(Response response, R receipt) {
    }

    private record Attempt(Response response, Supplier<IdempotencyKeys.StoredResponse> stored) {
    }

    private Response once(String key, Object request, Supplier<Attempt> create,
                          Function<IdempotencyKeys.StoredResponse, Response> replay) {
        if (key == null) {
            return create.get().response();
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
                return replay.apply(earlier.get());
            }
            Attempt created = create.get();
            if (created.response().getStatus() < 300) {
                keys.complete(scope, key, created.stored().get());
            } else {
                QuarkusTransaction.setRollbackOnly(); // nothing was created: the claim goes with it
            }
            return created.response();
        });
    }

    private IdempotencyKeys.StoredResponse stored(Response response) {
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        return new IdempotencyKeys.StoredResponse(response.getStatus(), write(response.getEntity()), location);
    }

    private static Response replay(IdempotencyKeys.StoredResponse earlier) {
        Response.ResponseBuilder replay = Response.status(earlier.status())
                .entity(earlier.body()).type(MediaType.APPLICATION_JSON_TYPE)
                .header(REPLAYED, "true");
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

    private <R> R read(String body, Class<R> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), e);
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
