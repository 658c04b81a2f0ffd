package dev.csp.resilience;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/** The local broker as an operator sees it: dead-letter topics and who in a consumer group reads which partition. */
final class KafkaLook implements AutoCloseable {

    private final Admin admin;

    KafkaLook() {
        Properties config = LocalStack.kafkaAdmin();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        admin = Admin.create(config);
    }

    /** Records ever written to each dead-letter topic (the sum of its partitions' end offsets). */
    Map<String, Long> deadLetters() {
        try {
            Set<String> topics = admin.listTopics().names().get().stream().filter(t -> t.endsWith(".dlq")).collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return Map.of();
            }
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> request = described.values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(request).all().get();
            return ends.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().topic(),
                    Collectors.summingLong(e -> e.getValue().offset())));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the dead-letter topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The dead-letter topics that gained records between two looks, with how many. A topic deleted meanwhile (someone
     * cleared a replayed one) gained nothing.
     */
    static Map<String, Long> gained(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> gained = new java.util.TreeMap<>();
        after.forEach((topic, records) -> {
            long more = records - before.getOrDefault(topic, 0L);
            if (more > 0) {
                gained.put(topic, more);
            }
        });
        return gained;
    }

    static long total(Map<String, Long> deadLetters) {
        return deadLetters.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when a broker reports one of its log directories offline (Kafka's answer to a failed disk write). */
    boolean logDirOffline() {
        try {
            return admin.describeLogDirs(List.of(1)).allDescriptions().get().values().stream()
                    .flatMap(dirs -> dirs.values().stream()).anyMatch(dir -> dir.error() != null);
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The broker (node id) that leads the most partitions of {@code topic}. */
    int busiestLeader(String topic) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            return description.partitions().stream().filter(p -> p.leader() != null)
                    .collect(Collectors.groupingBy(p -> p.leader().id(), Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For each member of {@code group} (by client id and host), the partitions of {@code topic} it reads now. */
    List<List<Integer>> assignment(String group, String topic) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            return description.members().stream()
                    .map(m -> partitionsOf(m.assignment().topicPartitions(), topic))
                    .filter(p -> !p.isEmpty())
                    .sorted((a, b) -> Integer.compare(a.get(0), b.get(0)))
                    .toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe consumer group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> partitionsOf(Collection<TopicPartition> partitions, String topic) {
        return partitions.stream().filter(p -> p.topic().equals(topic)).map(TopicPartition::partition).sorted().toList();
    }

    @Override
    public void close() {
        admin.close();
    }
}
