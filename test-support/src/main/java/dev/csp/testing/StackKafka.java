package dev.csp.testing;

import dev.csp.stack.StackDir;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Who a test is at the local stack's broker, which serves no client without credentials: a Kafka user's client
 * settings as ./stack writes them ({@code .stack/kafka/clients/<user>.properties}: security.protocol, sasl.mechanism,
 * sasl.jaas.config), the same form Kafka's own tools take with {@code --command-config}.
 */
public final class StackKafka {

    /** The operator's user, a super user: what the drills and the system tests look with. */
    public static final String ADMIN = StackDir.KAFKA_ADMIN;

    private StackKafka() {
    }

    /** The user's settings, to which a client adds its own (stack-client's {@link StackDir} reads them). */
    public static Properties as(Path stackDir, String user) {
        return new StackDir(stackDir).kafkaClient(user);
    }

    /** The user's JAAS line (SCRAM, name and password), for a service a test starts as ./stack starts it. */
    public static String jaas(Path stackDir, String user) {
        return as(stackDir, user).getProperty("sasl.jaas.config");
    }
}
