package dev.csp.kit.health;

import dev.csp.kit.kafka.KafkaClients;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.health.api.HealthGroup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;


/**
 * Whether the Kafka broker answers, in a health group of its own ({@code /q/health/group/broker}) and as the gauge
 * {@code csp_kafka_broker_reachable}, not in readiness: the outbox lets orders and cancellations commit while the broker
 * is away, so a broker outage must not take every pod out of the gateway.
 */
@HealthGroup("broker")
@ApplicationScoped
@Startup // made at start, not at the first health call: the gauge must be on /q/metrics for the alert from the start
public class BrokerHealth implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    KafkaClients clients;
    @Inject
    MeterRegistry registry;
    private Admin admin;

    @PostConstruct
    void registerGauge() {
        Gauge.builder("csp.kafka.broker.reachable", this, health -> health.reachable() ? 1 : 0)
                .description("1 while the Kafka broker answers, 0 while it does not").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka-broker").status(reachable()).build();
    }

    private boolean reachable() {
        try {
            return !admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).nodes()
                    .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(clients.config(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "broker-health",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis())));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
