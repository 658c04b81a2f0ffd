package dev.csp.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.testing.DemoUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The bad-input sweep's harness: requests an endpoint must refuse are collected per endpoint (nothing is sent while
 * collecting), and each endpoint becomes one test that sends its own and fails, naming the endpoint, with every answer
 * that was not a 4xx problem+json with a title and a detail. The families of bad input (broken bodies, wrong content
 * types, oversized bodies, malformed Idempotency-Keys) are built here; the cases themselves are BadInputSweepTest's.
 */
final class BadInputCases {

    /** What came back: from the JDK's client or, for what it cannot send, a raw socket. */
    record Outcome(int status, String contentType, String body) {
    }

    /** One request; {@code bodilessRefusalAllowed}: the HTTP server may refuse it before the application, without a body. */
    private record Case(String what, Supplier<Outcome> request, boolean bodilessRefusalAllowed) {
    }

    private final Map<Endpoint, List<Case>> byEndpoint = new EnumMap<>(Endpoint.class);
    private int requests;
    private int problems;
    private int refusedBeforeTheApplication;
    private int wrongAnswers;

    Set<Endpoint> covered() {
        return byEndpoint.keySet();
    }

    /** One test per endpoint with cases, in the order of {@link Endpoint}. */
    Stream<DynamicTest> tests() {
        return byEndpoint.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey() + " " + entry.getKey().method + " " + entry.getKey().path, () -> run(entry.getKey(), entry.getValue())));
    }

    String summary() {
        return String.format("bad input: requests %d, endpoints %d, 4xx problem+json %d, 4xx from the HTTP server without"
                + " a body %d, wrong %d", requests, byEndpoint.size(), problems, refusedBeforeTheApplication, wrongAnswers);
    }

    private void run(Endpoint endpoint, List<Case> cases) {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            Outcome answer = c.request().get();
            requests++;
            boolean refused = answer.status() >= 400 && answer.status() < 500;
            if (refused && isProblem(answer.contentType(), answer.body())) {
                problems++;
            } else if (refused && c.bodilessRefusalAllowed()) {
                refusedBeforeTheApplication++;
            } else if (c.bodilessRefusalAllowed()) {
                wrong.add(Mutations.printable(c.what()) + ": " + answer.status());
            } else {
                wrong.add(Mutations.printable(c.what()) + ": " + answer.status() + " " + answer.contentType() + " "
                        + Mutations.printable(String.valueOf(answer.body())));
            }
        }
        wrongAnswers += wrong.size();
        assertTrue(wrong.isEmpty(), endpoint + " gave " + wrong.size() + " wrong answer(s) of " + cases.size() + ":\n"
                + String.join("\n", wrong));
    }

    // ---------------------------------------------------------------- single requests

    void get(DemoUser user, Endpoint endpoint, String path) {
        send(user, endpoint, "GET " + path, path, null, null);
    }

    void delete(DemoUser user, Endpoint endpoint, String path) {
        send(user, endpoint, "DELETE " + path, path, null, null);
    }

    void post(DemoUser user, Endpoint endpoint, String path) {
        send(user, endpoint, "POST " + path, path, null, null);
    }

    void json(DemoUser user, Endpoint endpoint, String path, String what, String body) {
        send(user, endpoint, what, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Paths are sent exactly as written here (percent-escapes and all), never re-encoded. */
    void send(DemoUser user, Endpoint endpoint, String what, String path, String contentType, byte[] body) {
        add(endpoint, what, false, () -> {
            Http.Call call = Http.call(endpoint.method, endpoint.service, path).bearer(user == null ? null : Platform.token(user));
            if (endpoint.mediaType != null && "GET".equals(endpoint.method)) {
                call.header("Accept", endpoint.mediaType);
            }
            Http.Answer answer = call.body(contentType, body).send();
            return new Outcome(answer.status(), answer.contentType(), answer.body());
        });
    }

    /** What the JDK's client cannot send (an announced length, a header it refuses), written on a socket. */
    void raw(Endpoint endpoint, String what, Supplier<String> head, byte[] body) {
        add(endpoint, what, false, () -> rawAnswer(endpoint.service, head.get(), body));
    }

    /** A request the HTTP server may refuse before any application code runs: a 4xx without a problem body is right too. */
    void rawRefusableByTheServer(Endpoint endpoint, String what, String baseUrl, String head) {
        add(endpoint, what, true, () -> rawAnswer(baseUrl, head, new byte[0]));
    }

    private void add(Endpoint endpoint, String what, boolean bodilessRefusalAllowed, Supplier<Outcome> request) {
        byEndpoint.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(new Case(what, request, bodilessRefusalAllowed));
    }

    private static Outcome rawAnswer(String baseUrl, String head, byte[] body) {
        RawHttp.Answer answer = RawHttp.send(baseUrl, head, body);
        return new Outcome(answer.status(), answer.contentType(), answer.body());
    }

    // ---------------------------------------------------------------- the families

    /** Every broken variant of a good body, the body in other content types, invalid UTF-8, and one of 20 MB. */
    void bodies(DemoUser user, Endpoint endpoint, String path, Map<String, Object> base, List<Mutations.Field> fields) {
        for (Mutations.Variant variant : Mutations.of(base, fields)) {
            json(user, endpoint, path, variant.what(), variant.body());
        }
        String body = Mutations.write(base);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            send(user, endpoint, "as " + type, path, type, body.getBytes(StandardCharsets.UTF_8));
        }
        send(user, endpoint, "invalid UTF-8", path, "application/json",
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
        oversized(user, endpoint, path, "application/json");
    }

    /** A body announced at 20 MB, twice the limit: refused from its length alone. */
    void oversized(DemoUser user, Endpoint endpoint, String path, String contentType) {
        raw(endpoint, "a body of 20 MB", () -> endpoint.method + " " + path + " HTTP/1.1\r\nAuthorization: Bearer "
                + Platform.token(user) + "\r\nContent-Type: " + contentType + "\r\nContent-Length: 20000000",
                "{".getBytes(StandardCharsets.US_ASCII));
    }

    /** A malformed key is refused; a good key on a refused request is not kept (the request may be retried). */
    void idempotencyKeys(DemoUser user, Endpoint endpoint, String path, String refusedBody) {
        for (String key : List.of("k".repeat(256), "two words", "ke\"y", "{key}")) {
            keyed(user, endpoint, path, "Idempotency-Key '" + Mutations.printable(key) + "'", key, refusedBody);
        }
        // not sendable with the JDK's client: an empty value, and bytes beyond ASCII
        for (String key : List.of("", "schl\u00fcssel")) {
            byte[] body = refusedBody.getBytes(StandardCharsets.UTF_8);
            raw(endpoint, "Idempotency-Key '" + Mutations.printable(key) + "'", () -> endpoint.method + " " + path
                    + " HTTP/1.1\r\nAuthorization: Bearer " + Platform.token(user) + "\r\nContent-Type: application/json"
                    + "\r\nIdempotency-Key: " + key + "\r\nContent-Length: " + body.length, body);
        }
        keyed(user, endpoint, path, "a good Idempotency-Key on a refused request", UUID.randomUUID().toString(), refusedBody);
    }

    private void keyed(DemoUser user, Endpoint endpoint, String path, String what, String key, String body) {
        add(endpoint, what, false, () -> {
            Http.Answer answer = Http.call(endpoint.method, endpoint.service, path).bearer(Platform.token(user))
                    .header("Idempotency-Key", key).json(body).send();
            return new Outcome(answer.status(), answer.contentType(), answer.body());
        });
    }

    /** problem+json with a title and a detail that say something. */
    private static boolean isProblem(String contentType, String body) {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return false;
        }
        try {
            Map<?, ?> problem = Mutations.JSON.readValue(body, Map.class);
            return problem.get("title") instanceof String title && !title.isBlank()
                    && problem.get("detail") instanceof String detail && !detail.isBlank();
        } catch (Exception notJson) {
            return false;
        }
    }
}
