package dev.csp.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "csp.outbox")
public interface OutboxConfig {

    /**
     * The topics this service publishes, and the only ones it may: its Kafka user may write these and no others
     * (deploy/base/kafka-users.yaml is generated from this list), and an event for another topic is refused here, in
     * the transaction that would have stored it, so a missing entry fails the module's own tests, not production.
     */
    java.util.Set<String> topics();

    /**
     * How often the relay looks for events when no commit woke it: a safety net only (every commit that writes an event
     * wakes the relay at once), so it is long enough that an idle service costs next to nothing.
     */
    @WithDefault("2s")
    Duration pollInterval();

    @WithDefault("500")
    int batchSize();

    /**
     * How long the relay lets commits gather after the one that woke it, so that the events of a busy service go out
     * in one claim, one send and one acknowledgement, and its consumers take them in one poll and one transaction,
     * instead of one each. The latency it adds to an event is at most this; at rest it costs nothing.
     */
    @WithDefault("10ms")
    Duration linger();

    /** How long to wait for Kafka to acknowledge a batch before trying again. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** The longest pause between attempts while Kafka is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();
}
