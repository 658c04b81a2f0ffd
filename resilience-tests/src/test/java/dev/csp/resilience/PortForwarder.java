package dev.csp.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain TCP forwarding, byte for byte, from a listening address to a target: a dumb pump, so that a connection
 * through it behaves as the network under it does (a cut link stalls it; a restored one lets it go on). Used on both
 * sides of {@link NetworkPartition}'s veth link; {@link #main} runs the namespace's side as a process of its own.
 */
final class PortForwarder implements AutoCloseable {

    private final List<ServerSocket> listeners = new ArrayList<>();

    /** Each mapping is {@code listenHost:port=targetHost:port}. */
    PortForwarder(List<String> mappings) throws IOException {
        for (String mapping : mappings) {
            String[] sides = mapping.split("=");
            InetSocketAddress from = address(sides[0]);
            InetSocketAddress to = address(sides[1]);
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(from, 100);
            listeners.add(listener);
            daemon("forward " + mapping, () -> acceptUntilClosed(listener, to));
        }
    }

    /** Forwards until killed: {@code java ... PortForwarder 127.0.0.1:5432=10.77.0.1:5432 ...}. */
    public static void main(String[] mappings) throws Exception {
        try (PortForwarder ignored = new PortForwarder(List.of(mappings))) {
            System.out.println("forwarding " + String.join(" ", mappings));
            Thread.currentThread().join();
        }
    }

    private static void acceptUntilClosed(ServerSocket listener, InetSocketAddress target) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                try {
                    server.connect(target, 10_000);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                client.setKeepAlive(true);
                server.setKeepAlive(true);
                daemon("pump", () -> pump(client, server));
                daemon("pump", () -> pump(server, client));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[64 * 1024];
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: the try closes both
        }
    }

    private static InetSocketAddress address(String hostAndPort) throws IOException {
        int colon = hostAndPort.lastIndexOf(':');
        return new InetSocketAddress(InetAddress.getByName(hostAndPort.substring(0, colon)),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket listener : listeners) {
            listener.close();
        }
    }
}
