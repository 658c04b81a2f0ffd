package dev.csp.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The state folder {@code ./stack} keeps ({@code .stack/}): where a client of the running stack finds the Kafka
 * users' credentials and the services' logs. One reading of its layout for every module that looks at the stack.
 */
public record StackDir(Path path) {

    /** The operator's Kafka user, a super user: what the drills, the system tests and the benchmarks look with. */
    public static final String KAFKA_ADMIN = "kafka-admin";

    /** {@code -Dcsp.stack.dir}, else {@code .stack} in the repository root (the parent of a module's folder). */
    public static StackDir local() {
        String configured = System.getProperty("csp.stack.dir");
        if (configured != null) {
            return new StackDir(Path.of(configured).toAbsolutePath().normalize());
        }
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve(".stack")) || Files.exists(here.resolve("stack")) ? here : here.getParent();
        return new StackDir(root.resolve(".stack").normalize());
    }

    /**
     * A Kafka user's client settings as ./stack writes them ({@code kafka/clients/<user>.properties}:
     * security.protocol, sasl.mechanism, sasl.jaas.config), the form Kafka's own tools take with --command-config.
     */
    public Properties kafkaClient(String user) {
        Path file = kafkaClientFile(user);
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            config.load(reader);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("no Kafka credentials for " + user + " in " + file + " (./stack up makes them)", e);
        }
    }

    /** Where {@link #kafkaClient} reads the user's settings. */
    public Path kafkaClientFile(String user) {
        return path.resolve("kafka/clients/" + user + ".properties");
    }

    /** A component's log, e.g. {@code logs/order-service.log}. */
    public Path log(String component) {
        return path.resolve("logs/" + component + ".log");
    }
}
