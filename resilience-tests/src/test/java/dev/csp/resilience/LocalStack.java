package dev.csp.resilience;

import dev.csp.testing.StackKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The processes of the local stack, through the {@code ./stack} script that started them: kill one at once, stop
 * one gracefully, start whatever is stopped. Every command's output goes to target/stack-commands.log.
 */
final class LocalStack {

    static final Path ROOT = Path.of(System.getProperty("csp.root", "..")).toAbsolutePath().normalize();
    static final Map<String, Integer> SERVICE_PORTS = Map.of("catalog-service", 8081, "order-service", 8082,
            "entitlement-service", 8083, "audit-service", 8084, "billing-service", 8085);

    private static final Path LOG = ROOT.resolve("resilience-tests/target/stack-commands.log");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalStack() {
    }

    /** How many Kafka brokers the stack runs: 1, or 3 after {@code ./stack up --brokers 3}. */
    static int brokers() {
        try {
            Path file = ROOT.resolve(".stack/kafka/brokers");
            return Files.exists(file) ? Integer.parseInt(Files.readString(file).trim()) : 1;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stack's broker names (as ./stack knows them) by node id: kafka, kafka-2, kafka-3. */
    static String brokerName(int nodeId) {
        return nodeId == 1 ? "kafka" : "kafka-" + nodeId;
    }

    /** Every broker's address, as the services bootstrap. */
    static String kafkaBootstrap() {
        return brokers() == 3 ? "127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096" : "127.0.0.1:9092";
    }

    /** A Kafka client's settings as kafka-admin, the operator's user: the broker serves nobody without credentials. */
    static java.util.Properties kafkaAdmin() {
        java.util.Properties config = StackKafka.as(ROOT.resolve(".stack"), StackKafka.ADMIN);
        config.put("bootstrap.servers", kafkaBootstrap());
        return config;
    }

    /** kill -9 of the component's process group: no shutdown hook runs, nothing is flushed. */
    static void kill(String component) {
        stack("kill", component);
    }

    /** TERM, as Kubernetes stops a pod: the component shuts down gracefully (KILL only after 20 s). */
    static void stop(String component) {
        stack("stop", component);
    }

    /** Starts every component that is not running, without building, and waits until all are ready. */
    static void startStopped() {
        stack("up", "--no-build");
    }

    /** kill -STOP: the process stays, with its sockets, connections and locks, but does nothing until {@link #thaw}. */
    static void freeze(String component) {
        signal("STOP", component);
    }

    static void thaw(String component) {
        signal("CONT", component);
    }

    /** The pid ./stack recorded for a component. */
    static String pid(String component) {
        try {
            return Files.readString(ROOT.resolve(".stack/pids/" + component + ".pid")).trim();
        } catch (IOException e) {
            throw new IllegalStateException("no pid recorded for " + component, e);
        }
    }

    /**
     * Another instance of a service: the same jar, options and secrets as ./stack's, on another HTTP port, logging to
     * .stack/logs/SERVICE-2.log. It joins the first one's consumer group and shares its database.
     */
    static Process startSecondInstance(String service, int port) throws IOException {
        return startSecondInstance(service, port, List.of(), List.of());
    }

    /** The same, run through {@code wrapper} (such as faketime), with more JVM {@code options}. */
    static Process startSecondInstance(String service, int port, List<String> wrapper, List<String> options)
            throws IOException {
        Path app = ROOT.resolve(service).resolve("target/quarkus-app");
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of("java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        Path archive = ROOT.resolve(".stack/cds/" + service + ".jsa"); // recorded by ./stack (local/services.sh)
        if (Files.exists(archive) && Files.getLastModifiedTime(archive)
                .compareTo(Files.getLastModifiedTime(app.resolve("quarkus-run.jar"))) > 0) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(options);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(logs().resolve(service + "-2.log").toFile());
        builder.environment().putAll(localSecrets());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        builder.environment().put("CSP_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        builder.environment().put("CSP_KAFKA_SASL_JAAS_CONFIG", StackKafka.jaas(ROOT.resolve(".stack"), service));
        builder.environment().put("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        return builder.start();
    }

    /**
     * TERM to the instance and whatever it started (a wrapper such as faketime runs java as its child), then KILL to
     * what has not stopped within 30 s.
     */
    static void stopSecondInstance(Process instance) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(instance.descendants().toList());
        all.add(instance.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
            }
        }
    }

    private static Map<String, String> localSecrets() throws IOException {
        Map<String, String> secrets = new java.util.HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve(".stack/secrets.env"))) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                secrets.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return secrets;
    }

    private static void signal(String signal, String component) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, pid(component)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + component + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal " + component, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean ready(int port) {
        return ready("127.0.0.1", port);
    }

    static boolean ready(String host, int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Path logs() {
        return ROOT.resolve(".stack/logs");
    }

    private static void stack(String... arguments) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("stack").toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(LOG.getParent());
            Files.writeString(LOG, "\n$ ./stack " + String.join(" ", arguments) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("./stack " + String.join(" ", arguments) + " failed (exit " + exit
                        + "); see " + LOG);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./stack " + String.join(" ", arguments), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ./stack", e);
        }
    }
}
