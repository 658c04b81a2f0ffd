package dev.csp.audit.messaging;

import dev.csp.audit.domain.Anchors;
import dev.csp.audit.domain.Checkpoint;
import dev.csp.audit.domain.CheckpointSigner;
import dev.csp.audit.domain.Checkpoints;
import dev.csp.events.EventCodec;
import dev.csp.events.audit.CheckpointSigned;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import dev.csp.kit.kafka.KafkaClients;
import org.jboss.logging.Logger;

/**
 * Reads the compacted {@code checkpoint-signed} topic from its beginning and then follows it, keeping each partner's
 * latest checkpoint in memory: the anchors, kept where audit-service's database role cannot reach. A record whose
 * signature does not verify with a key this service knows is ignored (only the signing key makes an anchor). No
 * consumer group: every replica reads every partition, and commits nothing.
 */
@ApplicationScoped
class AnchorReader implements Anchors {

    private static final Logger LOG = Logger.getLogger(AnchorReader.class);
    private static final Duration TOPIC_RETRY = Duration.ofSeconds(5);
    private static final Duration IDLE_FETCH = Duration.ofSeconds(5);

    private final Map<UUID, Checkpoint> latest = new ConcurrentHashMap<>();
    @Inject
    CheckpointSigner signer;
    @Inject
    KafkaClients clients;
    private final CountDownLatch read = new CountDownLatch(1);
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;

    @Override
    public Optional<Checkpoint> latest(UUID partnerTenantId) {
        return Optional.ofNullable(latest.get(partnerTenantId));
    }

    @Override
    public boolean ready() {
        return read.getCount() == 0;
    }

    @Override
    public boolean awaitReady(Duration atMost) {
        try {
            return read.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void start(@Observes StartupEvent started) {
        Thread reader = new Thread(this::run, "checkpoint-anchors");
        reader.setDaemon(true);
        reader.start();
    }

    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** Reads until the service stops; a failure (the broker away at start, say) is retried, from the beginning. */
    private void run() {
        while (!stopping) {
            try {
                follow();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Reading the activity-log anchors failed, retrying in %s: %s", TOPIC_RETRY, e.toString());
                sleep(TOPIC_RETRY);
            }
        }
    }

    private void follow() {
        // an idle fetch waits at the broker (a new anchor still arrives at once): quiet at rest
        Map<String, Object> config = clients.config(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "audit-service-checkpoint-anchors",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) IDLE_FETCH.toMillis()));
        try (KafkaConsumer<String, String> reading = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer = reading;
            List<TopicPartition> partitions = partitions(reading);
            reading.assign(partitions);
            reading.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reading.endOffsets(partitions);
            while (!stopping) {
                if (!ready() && partitions.stream().allMatch(p -> reading.position(p) >= ends.get(p))) {
                    read.countDown();
                    LOG.infof("Activity-log anchors read: %d partner(s)", latest.size());
                }
                reading.poll(IDLE_FETCH).forEach(this::read);
            }
        }
    }

    /** The topic's partitions; waits for the topic to exist (its first checkpoint creates it locally). */
    private List<TopicPartition> partitions(KafkaConsumer<String, String> reading) {
        while (!stopping) {
            List<TopicPartition> partitions = reading.partitionsFor(CheckpointSigned.TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            LOG.warnf("Topic %s does not exist yet: no chain has an anchor, so there is none to compare", CheckpointSigned.TOPIC);
            read.countDown();
            sleep(TOPIC_RETRY);
        }
        return List.of();
    }

    private void read(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return; // a tombstone never removes an anchor
        }
        try {
            Checkpoint checkpoint = Checkpoints.of(EventCodec.fromJson(record.value(), CheckpointSigned.class));
            if (!signer.authentic(checkpoint)) {
                LOG.errorf("Ignored an anchor for partner %s at link %d: its signature does not verify",
                        checkpoint.partnerTenantId(), checkpoint.chainSeq());
                return;
            }
            latest.merge(checkpoint.partnerTenantId(), checkpoint,
                    (known, newer) -> newer.chainSeq() > known.chainSeq() ? newer : known);
        } catch (EventCodec.MalformedEvent e) {
            LOG.errorf("Ignored a record on %s at offset %d: not a checkpoint", CheckpointSigned.TOPIC, record.offset());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
