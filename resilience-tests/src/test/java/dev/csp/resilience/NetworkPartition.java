package dev.csp.resilience;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A network namespace of the drill's own, linked to the host by a veth pair, from which a process reaches the local
 * PostgreSQL, Kafka and Keycloak at their usual localhost ports: a {@link PortForwarder} on each side of the link
 * carries them. {@link #cut} takes the link down (packets are dropped, nobody is told, as in a partition);
 * {@link #restore} brings it back. Needs root (ip netns).
 */
final class NetworkPartition implements AutoCloseable {

    static final String NAMESPACE = "csp-partition";
    private static final String HOST_SIDE = "csp-part-h";
    private static final String NAMESPACE_SIDE = "csp-part-n";
    private static final String HOST_ADDRESS = "10.77.0.1";
    private static final String NAMESPACE_ADDRESS = "10.77.0.2";
    private static final List<Integer> PORTS = List.of(5432, 9092, 8180);

    private final PortForwarder hostForwarder;
    private final Process namespaceForwarder;

    private NetworkPartition() throws IOException, InterruptedException {
        ip("netns", "add", NAMESPACE);
        ip("link", "add", HOST_SIDE, "type", "veth", "peer", "name", NAMESPACE_SIDE);
        ip("link", "set", NAMESPACE_SIDE, "netns", NAMESPACE);
        ip("addr", "add", HOST_ADDRESS + "/30", "dev", HOST_SIDE);
        ip("link", "set", HOST_SIDE, "up");
        inNamespace("ip", "addr", "add", NAMESPACE_ADDRESS + "/30", "dev", NAMESPACE_SIDE);
        inNamespace("ip", "link", "set", NAMESPACE_SIDE, "up");
        inNamespace("ip", "link", "set", "lo", "up");
        hostForwarder = new PortForwarder(PORTS.stream().map(p -> HOST_ADDRESS + ":" + p + "=127.0.0.1:" + p).toList());
        List<String> forwarder = new ArrayList<>(List.of("ip", "netns", "exec", NAMESPACE, "java", "-Xmx64m",
                "-XX:TieredStopAtLevel=1", "-cp", testClasses(), PortForwarder.class.getName()));
        PORTS.forEach(p -> forwarder.add("127.0.0.1:" + p + "=" + HOST_ADDRESS + ":" + p));
        namespaceForwarder = new ProcessBuilder(forwarder).redirectErrorStream(true)
                .redirectOutput(LocalStack.logs().resolve("partition-forwarder.log").toFile()).start();
    }

    /** A fresh namespace and link (whatever an interrupted earlier drill left is removed first). */
    static NetworkPartition create() throws IOException, InterruptedException {
        removeLeftovers();
        return new NetworkPartition();
    }

    /** What runs a command inside the namespace: a wrapper for {@link LocalStack#startSecondInstance}. */
    static List<String> wrapper() {
        return List.of("ip", "netns", "exec", NAMESPACE);
    }

    /** The address at which the host reaches a server listening inside the namespace. */
    static String namespaceAddress() {
        return NAMESPACE_ADDRESS;
    }

    void cut() throws IOException, InterruptedException {
        ip("link", "set", HOST_SIDE, "down");
    }

    void restore() throws IOException, InterruptedException {
        ip("link", "set", HOST_SIDE, "up");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        namespaceForwarder.destroyForcibly().waitFor();
        hostForwarder.close();
        removeLeftovers();
    }

    private static void removeLeftovers() throws IOException, InterruptedException {
        Shell.run(false, "ip", "link", "del", HOST_SIDE);
        Shell.run(false, "ip", "netns", "del", NAMESPACE);
    }

    private static void ip(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(arguments));
        Shell.run(true, command.toArray(String[]::new));
    }

    private static void inNamespace(String... command) throws IOException, InterruptedException {
        List<String> wrapped = new ArrayList<>(wrapper());
        wrapped.addAll(List.of(command));
        Shell.run(true, wrapped.toArray(String[]::new));
    }

    private static String testClasses() {
        try {
            return Path.of(PortForwarder.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
