package dev.csp.kit.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * How this service reaches the broker, for the Kafka clients it makes itself (the outbox producer, the broker health
 * check, audit-service's anchor reader): the bootstrap servers and the same security settings the messaging
 * connector's consumers get from {@code kafka.*}, so every client of the service authenticates as the one Kafka user
 * the service is (SCRAM-SHA-512; over TLS on Kubernetes). See microprofile-config.properties for where they come from.
 */
@ApplicationScoped
public class KafkaClients {

    /** The {@code kafka.*} settings that say who the client is and how it talks to the broker. */
    static final List<String> CONNECTION = List.of("bootstrap.servers", "security.protocol", "sasl.mechanism",
            "sasl.jaas.config", "ssl.truststore.type", "ssl.truststore.location", "ssl.endpoint.identification.algorithm");

    private final Map<String, Object> connection = new HashMap<>();

    KafkaClients(Config config) {
        for (String name : CONNECTION) {
            config.getOptionalValue("kafka." + name, String.class).ifPresent(value -> connection.put(name, value));
        }
    }

    /** A client's configuration: the connection settings, then the client's own. */
    public Map<String, Object> config(Map<String, Object> own) {
        Map<String, Object> config = new HashMap<>(connection);
        config.putAll(own);
        return config;
    }
}
