package dev.csp.bench;

import java.io.BufferedInputStream;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * HTTP/1.1 GETs whose answer is only its status, for the load the benchmark makes (key reads at 500/s, the key polled
 * until readable): a fixed set of threads, each with its own keep-alive connection per host, writes a request, reads the
 * status line and headers, and skips the body.
 *
 * <p>Why not {@link java.net.http.HttpClient}: it runs on the same two cores as the stack it measures, and at 500 key
 * reads a second it took 0.6–0.8 of a core (1.2–1.6 ms of CPU a request, more than entitlement-service spent answering
 * it), so the figures measured the load driver's competition as much as the service. A blocking socket per thread costs
 * a small fraction of that. Requests wait in one queue, their clocks running from when they were due, as before.
 */
final class KeepAliveGets implements AutoCloseable {

    private record Get(URI uri, String bearer, CompletableFuture<Integer> status) {
    }

    private static final Get STOP = new Get(null, null, null);

    private final BlockingQueue<Get> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final int timeoutMillis;

    KeepAliveGets(int connections, Duration timeout) {
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(this::serve, "keep-alive-get-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** The status the GET is answered with; a request that got no answer fails with {@link Api.RequestFailed}. */
    CompletableFuture<Integer> status(String url, String bearer) {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        waiting.add(new Get(URI.create(url), bearer, status));
        return status;
    }

    int waiting() {
        return waiting.size();
    }

    /** Drops every request still waiting: they fail with a CancellationException, never sent. */
    int dropWaiting() {
        List<Get> dropped = new ArrayList<>();
        waiting.drainTo(dropped);
        dropped.forEach(get -> get.status().completeExceptionally(new CancellationException("not sent: the run stopped")));
        return dropped.size();
    }

    private void serve() {
        Map<String, Connection> connections = new HashMap<>();
        try {
            for (Get get = waiting.take(); get != STOP; get = waiting.take()) {
                String authority = get.uri().getHost() + ":" + (get.uri().getPort() < 0 ? 80 : get.uri().getPort());
                try {
                    get.status().complete(send(connections, authority, get));
                } catch (IOException e) {
                    Connection broken = connections.remove(authority);
                    if (broken != null) {
                        broken.close();
                    }
                    Throwable cause = e instanceof SocketTimeoutException
                            ? new HttpTimeoutException("no answer within " + timeoutMillis + " ms") : e;
                    get.status().completeExceptionally(new Api.RequestFailed("GET", get.uri().getPath(), cause));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.values().forEach(Connection::close);
        }
    }

    /** Once again on a fresh connection if a reused one turns out closed before any answer (the server let it go). */
    private int send(Map<String, Connection> connections, String authority, Get get) throws IOException {
        Connection connection = connections.get(authority);
        if (connection != null) {
            try {
                return exchange(connections, authority, connection, get);
            } catch (EOFException | java.net.SocketException e) {
                connections.remove(authority);
                connection.close();
            }
        }
        connection = new Connection(get.uri(), timeoutMillis);
        connections.put(authority, connection);
        return exchange(connections, authority, connection, get);
    }

    private static int exchange(Map<String, Connection> connections, String authority, Connection connection, Get get)
            throws IOException {
        String path = get.uri().getRawPath() + (get.uri().getRawQuery() == null ? "" : "?" + get.uri().getRawQuery());
        connection.out.write(("GET " + path + " HTTP/1.1\r\nHost: " + authority + "\r\nAuthorization: Bearer "
                + get.bearer() + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        connection.out.flush();
        Answer answer = Answer.read(connection.in);
        if (answer.close()) {
            connections.remove(authority);
            connection.close();
        }
        return answer.status();
    }

    /** The status, once the body is skipped; {@code close}: the server ends the connection after it. */
    private record Answer(int status, boolean close) {

        static Answer read(InputStream in) throws IOException {
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
            if (chunked) {
                for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                    skip(in, size);
                    line(in);
                }
                while (!line(in).isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(in, length);
            } else if (status != 204 && status != 304 && status >= 200) {
                in.transferTo(OutputStream.nullOutputStream()); // the body ends with the connection
                close = true;
            }
            return new Answer(status, close);
        }

        private static long chunkSize(String line) {
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private static void skip(InputStream in, long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("the body ended early");
                    }
                    skipped = 1;
                }
                left -= skipped;
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
            out = socket.getOutputStream();
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
        dropWaiting();
        threads.forEach(thread -> waiting.add(STOP));
    }
}
