package dev.csp.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of PostgreSQL that, once armed, cuts the connection of the next transaction that places an
 * order (it sent {@code insert into customer_order}) at its COMMIT: either after the COMMIT reached the server (the
 * order committed, but the service never hears so: an ambiguous commit) or before (nothing committed). The client
 * must use {@code sslmode=disable} and {@code prepareThreshold=0}, so that every statement's text passes in clear.
 */
final class CommitCutter implements AutoCloseable {

    enum Cut {
        /** The COMMIT reaches PostgreSQL, then both sides are closed before its answer. */
        AFTER_COMMIT_SENT,
        /** Both sides are closed instead of passing the COMMIT on. */
        BEFORE_COMMIT_SENT
    }

    private static final byte[] COMMIT = "COMMIT\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROLLBACK = "ROLLBACK\0".getBytes(StandardCharsets.US_ASCII);
    private static final String ORDER_INSERT = "insert into customer_order";

    private final ServerSocket listener;
    private final AtomicReference<Cut> armed = new AtomicReference<>();
    final AtomicInteger cuts = new AtomicInteger();

    CommitCutter(int postgresPort) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        PortForwarder.daemon("commit-cutter", () -> acceptUntilClosed(postgresPort));
    }

    int port() {
        return listener.getLocalPort();
    }

    void arm(Cut cut) {
        armed.set(cut);
    }

    boolean armed() {
        return armed.get() != null;
    }

    private void acceptUntilClosed(int postgresPort) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), postgresPort);
                AtomicBoolean severed = new AtomicBoolean();
                PortForwarder.daemon("to-postgres", () -> clientToServer(client, server, severed));
                PortForwarder.daemon("to-client", () -> serverToClient(server, client, severed));
            } catch (IOException e) {
                // closed, or PostgreSQL refused: the client sees its connection fail
            }
        }
    }

    /** Passes the client's messages on, watching for an order's transaction reaching COMMIT while armed. */
    private void clientToServer(Socket client, Socket server, AtomicBoolean severed) {
        boolean placesOrder = false;
        byte[] buffer = new byte[64 * 1024];
        try (client; server) {
            InputStream in = client.getInputStream();
            OutputStream out = server.getOutputStream();
            for (int read; (read = in.read(buffer)) >= 0; ) {
                placesOrder |= new String(buffer, 0, read, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                        .contains(ORDER_INSERT);
                if (placesOrder && contains(buffer, read, COMMIT)) {
                    Cut cut = armed.getAndSet(null);
                    if (cut != null) {
                        severed.set(true); // from now on nothing PostgreSQL answers reaches the client
                        if (cut == Cut.AFTER_COMMIT_SENT) {
                            out.write(buffer, 0, read);
                            out.flush();
                            Thread.sleep(500); // PostgreSQL commits; its answer is never passed back
                        }
                        cuts.incrementAndGet();
                        return;
                    }
                    placesOrder = false;
                }
                placesOrder &= !contains(buffer, read, ROLLBACK);
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void serverToClient(Socket server, Socket client, AtomicBoolean severed) {
        byte[] buffer = new byte[64 * 1024];
        try (server; client) {
            InputStream in = server.getInputStream();
            OutputStream out = client.getOutputStream();
            for (int read; (read = in.read(buffer)) >= 0 && !severed.get(); ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        }
    }

    private static boolean contains(byte[] buffer, int length, byte[] wanted) {
        outer:
        for (int i = 0; i <= length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (buffer[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
