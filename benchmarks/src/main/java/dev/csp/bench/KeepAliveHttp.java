package dev.csp.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * HTTP/1.1 for the load the benchmark makes (orders placed at 150/s, key reads at 500/s, the key polled until readable,
 * the activity log polled until the purchase is there): a fixed set of threads, each with its own keep-alive
 * connection per host, writes a request, reads the status line and headers, and reads or skips the body.
 *
 * <p>Why not {@link java.net.http.HttpClient}: it runs on the same two cores as the stack it measures, and at 500 key
 * reads a second it took 0.6–0.8 of a core (1.2–1.6 ms of CPU a request, more than entitlement-service spent answering
 * it), so the figures measured the load driver's competition as much as the service. A blocking socket per thread costs
 * a small fraction of that. Requests wait in one queue, their clocks running from when they were due, as before.
 */
final class KeepAliveHttp implements AutoCloseable {

    /** The status, and the body when it was asked for (null otherwise). */
    record Answer(int status, String body) {
    }

    /** {@code body}: null for a GET; {@code keepBody}: read the answer's body, else skip it. */
    private record Request(String method, URI uri, String bearer, byte[] body, boolean keepBody,
                           CompletableFuture<Answer> answer) {
    }

    /** One thread and its connections; {@code next}: the request handed to it while it waited. */
    private final class Worker {
        final Thread thread = new Thread(this::serve, "keep-alive-http");
        final Map<String, Connection> connections = new HashMap<>();
        volatile Request next;

        private void serve() {
            try {
                for (Request request = take(this); request != null; request = take(this)) {
                    answer(connections, request);
                }
            } finally {
                connections.values().forEach(Connection::close);
            }
        }
    }

    /** Guards {@link #pending} and {@link #idle}. */
    private final Object lock = new Object();
    private final Deque<Request> pending = new ArrayDeque<>();
    /** Idle workers, the one idle the shortest first: a few warm connections carry the load, not all of them in turn. */
    private final Deque<Worker> idle = new ArrayDeque<>();
    private final List<Worker> workers = new ArrayList<>();
    private final int timeoutMillis;
    private volatile boolean closed;

    KeepAliveHttp(int connections, Duration timeout) {
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker();
            worker.thread.setName("keep-alive-http-" + i);
            worker.thread.setDaemon(true);
            workers.add(worker);
            worker.thread.start();
        }
    }

    /** A GET's status, its body skipped; a request that got no answer fails with {@link Api.RequestFailed}. */
    CompletableFuture<Integer> status(String url, String bearer) {
        return send("GET", url, bearer, null, false).thenApply(Answer::status);
    }

    /** A GET's status and body. */
    CompletableFuture<Answer> get(String url, String bearer) {
        return send("GET", url, bearer, null, true);
    }

    /** A POST of a JSON body: the answer's status and body. */
    CompletableFuture<Answer> post(String url, String bearer, String json) {
        return send("POST", url, bearer, json.getBytes(StandardCharsets.UTF_8), true);
    }

    private CompletableFuture<Answer> send(String method, String url, String bearer, byte[] body, boolean keepBody) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        Request request = new Request(method, URI.create(url), bearer, body, keepBody, answer);
        Worker worker;
        synchronized (lock) {
            worker = idle.pollFirst();
            if (worker == null) {
                pending.addLast(request);
                return answer;
            }
            worker.next = request;
        }
        LockSupport.unpark(worker.thread);
        return answer;
    }

    /** The next request for this worker: one waiting, or the one handed to it once idle; null once closed. */
    private Request take(Worker worker) {
        synchronized (lock) {
            Request request = pending.pollFirst();
            if (request != null || closed) {
                return request;
            }
            idle.addFirst(worker);
        }
        Request handed;
        while ((handed = worker.next) == null && !closed) {
            LockSupport.park(this);
        }
        worker.next = null;
        return handed;
    }

    int waiting() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** Drops every request still waiting: they fail with a CancellationException, never sent. */
    int dropWaiting() {
        List<Request> dropped;
        synchronized (lock) {
            dropped = new ArrayList<>(pending);
            pending.clear();
        }
        dropped.forEach(request -> request.answer().completeExceptionally(
                new CancellationException("not sent: the run stopped")));
        return dropped.size();
    }

    private void answer(Map<String, Connection> connections, Request request) {
        URI uri = request.uri();
        String authority = uri.getHost() + ":" + (uri.getPort() < 0 ? 80 : uri.getPort());
        try {
            request.answer().complete(send(connections, authority, request));
        } catch (IOException | RuntimeException e) {
            Connection broken = connections.remove(authority);
            if (broken != null) {
                broken.close();
            }
            Throwable cause = e instanceof SocketTimeoutException
                    ? new HttpTimeoutException("no answer within " + timeoutMillis + " ms") : e;
            request.answer().completeExceptionally(new Api.RequestFailed(request.method(), uri.getPath(), cause));
        }
    }

    /**
     * A GET goes once again on a fresh connection if a reused one turns out closed before any answer (the server let
     * it go); a POST does not (it might have been taken), and fails.
     */
    private Answer send(Map<String, Connection> connections, String authority, Request request) throws IOException {
        Connection connection = connections.get(authority);
        if (connection != null) {
            try {
                return exchange(connections, authority, connection, request);
            } catch (EOFException | java.net.SocketException e) {
                connections.remove(authority);
                connection.close();
                if (request.body() != null) {
                    throw e;
                }
            }
        }
        connection = new Connection(request.uri(), timeoutMillis);
        connections.put(authority, connection);
        return exchange(connections, authority, connection, request);
    }

    private static Answer exchange(Map<String, Connection> connections, String authority, Connection connection,
                                   Request request) throws IOException {
        URI uri = request.uri();
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder head = new StringBuilder(256).append(request.method()).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: ").append(authority)
                .append("\r\nAuthorization: Bearer ").append(request.bearer())
                .append("\r\nAccept: application/json, application/problem+json\r\n");
        if (request.body() != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(request.body().length).append("\r\n");
        }
        connection.out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        if (request.body() != null) {
            connection.out.write(request.body());
        }
        connection.out.flush(); // one packet: the stream buffers head and body
        Received received = Received.read(connection.in, request.keepBody());
        if (received.close()) {
            connections.remove(authority);
            connection.close();
        }
        return new Answer(received.status(), received.body());
    }

    /** The status and the body (or null, skipped); {@code close}: the server ends the connection after it. */
    private record Received(int status, String body, boolean close) {

        static Received read(InputStream in, boolean keepBody) throws IOException {
            String statusLine = line(in);
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + Text.clip(statusLine));
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = statusLine.startsWith("HTTP/1.0");
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> close = value.contains("close") || close && !value.contains("keep-alive");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
            OutputStream sink = keepBody ? body : OutputStream.nullOutputStream();
            if (chunked) {
                for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                    copy(in, size, sink);
                    line(in);
                }
                while (!line(in).isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                copy(in, length, sink);
            } else if (status != 204 && status != 304 && status >= 200) {
                in.transferTo(sink); // the body ends with the connection
                close = true;
            }
            return new Received(status, keepBody ? body.toString(StandardCharsets.UTF_8) : null, close);
        }

        private static long chunkSize(String line) {
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private static void copy(InputStream in, long bytes, OutputStream sink) throws IOException {
            byte[] buffer = new byte[(int) Math.min(bytes, 8_192)];
            for (long left = bytes; left > 0; ) {
                int read = in.read(buffer, 0, (int) Math.min(left, buffer.length));
                if (read < 0) {
                    throw new EOFException("the body ended early");
                }
                sink.write(buffer, 0, read);
                left -= read;
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the connection closed mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    private static final class Connection {
        final Socket socket;
        final InputStream in;
        final OutputStream out;

        Connection(URI uri, int timeoutMillis) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 8_192);
            out = new BufferedOutputStream(socket.getOutputStream(), 8_192);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        dropWaiting();
        workers.forEach(worker -> LockSupport.unpark(worker.thread));
    }
}
