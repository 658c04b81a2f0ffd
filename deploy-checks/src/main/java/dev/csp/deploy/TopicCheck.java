package dev.csp.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every expected topic has a Strimzi KafkaTopic on an existing Kafka cluster, with replication factor 3 and
 * min.insync.replicas 2 (a write survives one lost broker), compaction where the topic is a snapshot, and a
 * cluster with at least three brokers to hold the replicas.
 */
public final class TopicCheck implements Check {

    static final int REPLICAS = 3;
    static final int MIN_IN_SYNC = 2;

    private final ExpectedTopics expected;

    public TopicCheck(ExpectedTopics expected) {
        this.expected = expected;
    }

    @Override
    public List<String> problems(Manifests manifests) {
        Set<String> clusters = manifests.ofKind("Kafka").stream().map(Resource::name).collect(Collectors.toSet());
        Map<String, Resource> declared = new HashMap<>();
        for (Resource topic : manifests.ofKind("KafkaTopic")) {
            String name = topic.text("spec", "topicName");
            declared.put(name != null ? name : topic.name(), topic);
        }
        List<String> problems = new ArrayList<>(brokers(manifests, clusters));
        for (String name : expected.all()) {
            Resource topic = declared.get(name);
            if (topic == null) {
                problems.add("topic " + name + " has no KafkaTopic");
            } else {
                settings(name, topic, clusters).forEach(p -> problems.add("topic " + name + ": " + p));
            }
        }
        return problems;
    }

    private List<String> settings(String name, Resource topic, Set<String> clusters) {
        List<String> problems = new ArrayList<>();
        String cluster = String.valueOf(topic.map("metadata", "labels").get("strimzi.io/cluster"));
        if (!clusters.contains(cluster)) {
            problems.add("label strimzi.io/cluster names no Kafka (" + cluster + ")");
        }
        if (!Tree.isValue(topic.at("spec", "replicas"), REPLICAS)) {
            problems.add("replicas " + topic.at("spec", "replicas") + " instead of " + REPLICAS);
        }
        Object minInSync = topic.map("spec", "config").get("min.insync.replicas");
        if (!Tree.isValue(minInSync, MIN_IN_SYNC)) {
            problems.add("min.insync.replicas " + minInSync + " instead of " + MIN_IN_SYNC);
        }
        if (!(topic.at("spec", "partitions") instanceof Integer partitions) || partitions < 1) {
            problems.add("no partition count");
        }
        Object cleanup = topic.map("spec", "config").get("cleanup.policy");
        if (expected.compacted().contains(name) && !Tree.isValue(cleanup, "compact")) {
            problems.add("a snapshot topic, but cleanup.policy is " + cleanup + " instead of compact");
        }
        return problems;
    }

    private static List<String> brokers(Manifests manifests, Set<String> clusters) {
        List<String> problems = new ArrayList<>();
        for (String cluster : clusters) {
            int brokers = manifests.ofKind("KafkaNodePool").stream()
                    .filter(pool -> cluster.equals(pool.map("metadata", "labels").get("strimzi.io/cluster")))
                    .filter(pool -> pool.list("spec", "roles").contains("broker"))
                    .mapToInt(pool -> pool.at("spec", "replicas") instanceof Integer n ? n : 0).sum();
            if (brokers < REPLICAS) {
                problems.add("Kafka " + cluster + " has " + brokers + " brokers, fewer than the " + REPLICAS
                        + " replicas of each topic");
            }
        }
        if (clusters.isEmpty()) {
            problems.add("no Kafka cluster");
        }
        return problems;
    }
}
