package dev.csp.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything a service's {@code @QuarkusTest}s run against, real and started once per test JVM: an in-JVM KRaft
 * Kafka broker, a fresh PostgreSQL database (init arg {@code database}), and {@link TestIssuer} as the OpenID
 * provider whose tokens ({@link TestTokens}) the service trusts.
 */
public class ServiceTestEnvironment implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(TestDatabase.recreate(database));
        config.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", TestIssuer.url());
        config.put("csp.outbox.poll-interval", "100ms");
        return config;
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM; the database stays for inspection until the next run
    }
}
