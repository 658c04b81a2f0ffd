package dev.csp.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything a service's {@code @QuarkusTest}s run against, real and started once per test JVM: an in-JVM KRaft
 * Kafka broker, a fresh PostgreSQL database (init arg {@code database}: its name prefix), and {@link TestIssuer} as the OpenID
 * provider whose tokens ({@link TestTokens}) the service trusts. With init arg {@code writer} (a role name) the service
 * runs as that role, made if missing, and its migrations as the database's owner, as in production.
 */
public class ServiceTestEnvironment implements QuarkusTestResourceLifecycleManager {

    private String databasePrefix;
    private String writer;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        databasePrefix = initArgs.get("database");
        writer = initArgs.get("writer");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(TestDatabase.create(databasePrefix));
        String url = config.get("quarkus.datasource.jdbc.url");
        database = url.substring(url.lastIndexOf('/') + 1);
        if (writer != null) {
            config.put("quarkus.flyway.username", config.get("quarkus.datasource.username"));
            config.put("quarkus.flyway.password", config.get("quarkus.datasource.password"));
            config.putAll(TestDatabase.role(writer));
        }
        config.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", TestIssuer.url());
        config.put("csp.outbox.poll-interval", "100ms");
        return config;
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM
        if (database != null) {
            TestDatabase.drop(database);
        }
    }
}
