package dev.csp.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.stack.Realm;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** The running platform's HTTP APIs, asynchronous (open-loop callers never wait), with the demo users' tokens. */
final class Api implements AutoCloseable {

    static final String KEYCLOAK = url("keycloak", "http://localhost:8180");
    static final String ORDERS = url("order", "http://localhost:8082");
    static final String ENTITLEMENTS = url("entitlement", "http://localhost:8083");
    static final String AUDIT = url("audit", "http://localhost:8084");
    static final String BILLING = url("billing", "http://localhost:8085");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** At most this many requests on the wire (one HTTP/1.1 connection each); later ones wait here, their clocks running. */
    static final int MAX_IN_FLIGHT = 128;

    final ObjectMapper json = new ObjectMapper();
    private final ExecutorService callbacks = Executors.newFixedThreadPool(4, daemon("http-callback"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(callbacks).build();
    private final Realm realm = new Realm(KEYCLOAK);
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final KeepAliveHttp lean = new KeepAliveHttp(MAX_IN_FLIGHT / 2, TIMEOUT);
    private final Queue<Waiting<?>> waiting = new ConcurrentLinkedQueue<>();

    /** A request waiting for a place on the wire. */
    private record Waiting<T>(HttpRequest request, HttpResponse.BodyHandler<T> body, CompletableFuture<HttpResponse<T>> result) {
    }

    /** Runs a step later without holding a thread meanwhile. */
    Executor after(long millis) {
        return CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS, callbacks);
    }

    CompletableFuture<HttpResponse<String>> get(String url, String user) {
        return send(request(url, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** For reads whose body is not needed: only the status counts (on {@link KeepAliveHttp}, the cheaper client). */
    CompletableFuture<Integer> status(String url, String user) {
        return lean.status(url, realm.accessToken(user));
    }

    /** A GET made at the load's rate, on {@link KeepAliveHttp}: the status and body, no headers. */
    CompletableFuture<KeepAliveHttp.Answer> quickGet(String url, String user) {
        return lean.get(url, realm.accessToken(user));
    }

    /** A POST made at the load's rate (an order), on {@link KeepAliveHttp}: the status and body, no headers. */
    CompletableFuture<KeepAliveHttp.Answer> quickPost(String url, String user, Object body) {
        return lean.post(url, realm.accessToken(user), write(body));
    }

    CompletableFuture<HttpResponse<InputStream>> stream(String url, String user) {
        return send(request(url, user).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    CompletableFuture<HttpResponse<String>> post(String url, String user, Object body) {
        return send(request(url, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST that may take longer than {@link #TIMEOUT} (closing a billing period); null body: none. */
    CompletableFuture<HttpResponse<String>> post(String url, String user, Object body, Duration timeout) {
        HttpRequest.Builder request = request(url, user).timeout(timeout);
        request = body == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body)));
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Requests waiting for a place on the wire: a backlog on this side. */
    int waiting() {
        return waiting.size() + lean.waiting();
    }

    /** Drops every request still waiting (a stopped run): they fail with a CancellationException, never sent. */
    int dropWaiting() {
        int dropped = 0;
        for (Waiting<?> w = waiting.poll(); w != null; w = waiting.poll()) {
            w.result().completeExceptionally(new CancellationException("not sent: the run stopped"));
            dropped++;
        }
        return dropped + lean.dropWaiting();
    }

    private <T> CompletableFuture<HttpResponse<T>> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
        waiting.add(new Waiting<>(request, body, result));
        startWaiting();
        return result;
    }

    /** Starts waiting requests while there is room; each finished one makes room for the next. */
    private void startWaiting() {
        while (!waiting.isEmpty() && inFlight.tryAcquire()) {
            Waiting<?> next = waiting.poll();
            if (next == null) {
                inFlight.release();
                continue;
            }
            start(next);
        }
    }

    private <T> void start(Waiting<T> w) {
        CompletableFuture<HttpResponse<T>> sent;
        try {
            sent = http.sendAsync(w.request(), w.body());
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((response, failure) -> {
            inFlight.release();
            startWaiting();
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                w.result().completeExceptionally(new RequestFailed(w.request(), cause));
            } else {
                w.result().complete(response);
            }
        });
    }

    /** Signs the user in (or finds the token still fresh): a wrong password or a stopped Keycloak fails here. */
    void signIn(String user) {
        realm.accessToken(user);
    }

    /** Signs the user in afresh, so that the token carries what changed in the realm (a new tenant id). */
    void signInAgain(String user) {
        realm.forget(user);
        realm.accessToken(user);
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + Text.clip(body), e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", "Bearer " + realm.accessToken(user));
    }

    @Override
    public void close() {
        lean.close();
        callbacks.shutdownNow();
    }

    /** A request that got no answer (refused, reset, timed out): says which, and keeps the cause. */
    static final class RequestFailed extends RuntimeException {
        RequestFailed(HttpRequest request, Throwable cause) {
            this(request.method(), request.uri().getPath(), cause);
        }

        RequestFailed(String method, String path, Throwable cause) {
            super(method + " " + path + ": " + cause, cause);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String url(String name, String fallback) {
        return System.getProperty("csp." + name + ".url", fallback);
    }
}
