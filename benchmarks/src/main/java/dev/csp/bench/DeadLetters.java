package dev.csp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The records in the dead-letter topics (every topic whose name ends in {@code .dlq}): the sum of their partitions'
 * end offsets. An event a service could not handle lands there instead of taking effect, so a run that adds any is
 * broken however fast it was. Asked with a consumer that has no group, as {@link EventWatch}'s: it reads metadata
 * only, commits nothing and touches no service's group.
 */
final class DeadLetters {

    /** The end offsets summed per topic, at the start and at the end of the run; topics made meanwhile start at 0. */
    record Gain(Map<String, Long> atStart, Map<String, Long> atEnd, long gained) {

        static Gain between(Map<String, Long> atStart, Map<String, Long> atEnd) {
            long gained = atEnd.entrySet().stream().mapToLong(e -> e.getValue() - atStart.getOrDefault(e.getKey(), 0L)).sum();
            return new Gain(atStart, atEnd, gained);
        }

        /** "order-service.charge-recorded.dlq +2, ..." for the topics that grew. */
        String grown() {
            List<String> grown = new ArrayList<>();
            atEnd.forEach((topic, n) -> {
                long more = n - atStart.getOrDefault(topic, 0L);
                if (more != 0) {
                    grown.add(topic + " +" + more);
                }
            });
            return String.join(", ", grown);
        }
    }

    private DeadLetters() {
    }

    static Map<String, Long> count(Properties connection) {
        Properties config = new Properties();
        config.putAll(connection);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "csp-benchmarks-dead-letters");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(10)).entrySet()) {
                if (topic.getKey().endsWith(".dlq")) {
                    topic.getValue().forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            Map<String, Long> byTopic = new TreeMap<>();
            consumer.endOffsets(partitions, Duration.ofSeconds(10))
                    .forEach((partition, end) -> byTopic.merge(partition.topic(), end, Long::sum));
            return byTopic;
        }
    }
}
