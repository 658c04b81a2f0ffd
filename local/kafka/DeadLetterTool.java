import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The dead-letter topics of the local broker, for an operator: list what was set aside and why, replay it after a fix,
 * and keep the topics as the production manifest does. Run from source with the broker's jars, no build:
 *
 * <pre>
 *   java -cp '.stack/kafka/lib/*' local/kafka/DeadLetterTool.java list [TOPIC]
 *   java -cp '.stack/kafka/lib/*' local/kafka/DeadLetterTool.java replay TOPIC [--offset N [--partition P]]
 *   java -cp '.stack/kafka/lib/*' local/kafka/DeadLetterTool.java count
 *   java -cp '.stack/kafka/lib/*' local/kafka/DeadLetterTool.java ensure-topics deploy/base/kafka-topics.yaml
 *   java -cp '.stack/kafka/lib/*' local/kafka/DeadLetterTool.java ensure-acls deploy/base/kafka-users.yaml
 * </pre>
 *
 * <p>A dead-letter topic is {@code <service>.<topic>.dlq}; service-kit's {@code DeadLetters} writes each record there
 * with the original key and value and the {@code dead-letter-*} headers (reason, exception class, cause, original
 * topic, partition and offset). Listing and counting read without a consumer group, so they never move anything.
 * Replaying sends a record back to its original topic, where every consumer group gets it again: the services that
 * applied it before skip it by its event id, so only the one that set it aside applies it. What was replayed is kept
 * as the offsets of consumer group {@value Replay#GROUP}, so a second replay does not send it twice.
 *
 * <p>The broker is {@code 127.0.0.1:9092}, or the {@code KAFKA_BOOTSTRAP_SERVERS} environment variable; the client's
 * credentials are the properties file {@code KAFKA_CLIENT_CONFIG} names (./stack passes kafka-admin's,
 * .stack/kafka/clients/kafka-admin.properties), as Kafka's own tools take them with {@code --command-config}.
 */
public class DeadLetterTool {

    static final String USAGE = """
            usage: DeadLetterTool list [TOPIC]
                   DeadLetterTool replay TOPIC [--offset N [--partition P]]
                   DeadLetterTool count
                   DeadLetterTool ensure-topics MANIFEST
                   DeadLetterTool ensure-acls USERS_MANIFEST""";

    public static void main(String[] args) {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        List<String> rest = args.length == 0 ? List.of() : List.of(args).subList(1, args.length);
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "list" -> new Listing(bootstrap).run(optionalTopic(rest));
                case "count" -> new Listing(bootstrap).count();
                case "replay" -> Replay.fromArguments(bootstrap, rest).run();
                case "ensure-topics" -> new EnsureTopics(bootstrap).run(TopicManifest.read(Path.of(single(rest))));
                case "ensure-acls" -> new EnsureAcls(bootstrap).run(UserManifest.read(Path.of(single(rest))));
                default -> throw new UsageException(args.length == 0 ? "no command" : "unknown command: " + args[0]);
            }
        } catch (UsageException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (RuntimeException | IOException e) {
            System.err.println("ERROR: " + Kafka.message(e));
            System.exit(1);
        }
    }

    private static Optional<String> optionalTopic(List<String> rest) {
        if (rest.size() > 1) {
            throw new UsageException("list takes at most one topic");
        }
        return rest.stream().findFirst();
    }

    private static String single(List<String> rest) {
        if (rest.size() != 1) {
            throw new UsageException("expected exactly one argument, got " + rest);
        }
        return rest.get(0);
    }
}

/** Wrong arguments: printed with the usage, exit code 2. */
class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

/** Client settings and small helpers shared by the commands. */
final class Kafka {

    static final String DLQ_SUFFIX = ".dlq";
    static final String HEADER_PREFIX = "dead-letter-";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Kafka() {
    }

    /** Who the client is: the properties of KAFKA_CLIENT_CONFIG (security.protocol, sasl.*), when it is set. */
    static Properties connection() {
        Properties config = new Properties();
        String file = System.getenv("KAFKA_CLIENT_CONFIG");
        if (file != null && !file.isBlank()) {
            try (var reader = Files.newBufferedReader(Path.of(file))) {
                config.load(reader);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read KAFKA_CLIENT_CONFIG " + file, e);
            }
        }
        return config;
    }

    static Admin admin(String bootstrap) {
        Properties config = connection();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "dead-letter-tool");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return Admin.create(config);
    }

    /** A consumer that reads bytes as they are; with {@code group} null it has no group and can commit nothing. */
    static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String group) {
        Properties config = connection();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-tool");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Asking for a topic that does not exist (a typo) must not create it.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties config = connection();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-tool");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(message(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The innermost message of a failure, with its type when it has none. */
    static String message(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause.getMessage() == null) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
    }
}

/**
 * Topics, partitions and offsets, asked through the admin client (a consumer asked for the offsets of partitions it is
 * not assigned warns about each one).
 */
final class Topics implements AutoCloseable {

    private final Admin admin;

    Topics(String bootstrap) {
        admin = Kafka.admin(bootstrap);
    }

    Admin admin() {
        return admin;
    }

    /** The dead-letter topics on the broker, sorted by name. */
    Set<String> deadLetterTopics() {
        return Kafka.await(admin.listTopics().names()).stream()
                .filter(topic -> topic.endsWith(Kafka.DLQ_SUFFIX))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    List<TopicPartition> partitions(String topic) {
        TopicDescription description;
        try {
            description = Kafka.await(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalArgumentException("no topic " + topic + " on the broker");
            }
            throw e;
        }
        return description.partitions().stream().map(p -> new TopicPartition(topic, p.partition()))
                .sorted((a, b) -> Integer.compare(a.partition(), b.partition())).toList();
    }

    /** Records held now: end offsets minus beginning offsets (retention moves the beginning on). */
    static long held(Map<TopicPartition, Long> begin, Map<TopicPartition, Long> end) {
        return end.keySet().stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
    }

    Map<TopicPartition, Long> beginning(List<TopicPartition> partitions) {
        return offsets(partitions, OffsetSpec.earliest());
    }

    Map<TopicPartition, Long> end(List<TopicPartition> partitions) {
        return offsets(partitions, OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found =
                Kafka.await(admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec))).all());
        Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
        partitions.forEach(p -> offsets.put(p, found.get(p).offset()));
        return offsets;
    }

    @Override
    public void close() {
        admin.close();
    }
}

/** One dead letter as read from its topic, and where it came from. */
record DeadLetter(ConsumerRecord<byte[], byte[]> record) {

    /** The topic it was set aside from: its header, else the dlq topic's name without service and suffix. */
    String originalTopic() {
        String topic = Kafka.header(record, "dead-letter-topic");
        if (topic != null && !topic.isBlank()) {
            return topic;
        }
        String name = record.topic().substring(0, record.topic().length() - Kafka.DLQ_SUFFIX.length());
        return name.substring(name.indexOf('.') + 1);
    }

    String origin() {
        String partition = Kafka.header(record, "dead-letter-partition");
        String offset = Kafka.header(record, "dead-letter-offset");
        return originalTopic() + (partition == null ? "" : "-" + partition) + (offset == null ? "" : "@" + offset);
    }

    /** The reason header alone. */
    String shortReason() {
        String reason = Kafka.header(record, "dead-letter-reason");
        return reason == null ? "(no reason given)" : reason;
    }

    /** The reason with the exception's type and cause, as far as the headers have them. */
    String reason() {
        String reason = shortReason();
        String type = Kafka.header(record, "dead-letter-exception-class-name");
        String cause = Kafka.header(record, "dead-letter-cause");
        return reason + (type == null ? "" : " (" + type + ")") + (cause == null ? "" : "; cause: " + cause);
    }

    String value(int limit) {
        String value = Kafka.text(record.value());
        if (value == null) {
            return "null";
        }
        value = value.replaceAll("\\s*\\R\\s*", " ");
        return value.length() <= limit ? value : value.substring(0, limit) + "... (" + value.length() + " chars)";
    }

    String position(boolean withPartition) {
        return (withPartition ? "partition " + record.partition() + " " : "") + "offset " + record.offset();
    }

    /** The record to send back: same key and value, its own headers without the dead-letter ones, and where from. */
    ProducerRecord<byte[], byte[]> replay() {
        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(originalTopic(), record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(Kafka.HEADER_PREFIX)) {
                again.headers().add(header.key(), header.value());
            }
        }
        String from = record.topic() + ":" + record.offset();
        again.headers().add("replayed-from", from.getBytes(StandardCharsets.UTF_8));
        return again;
    }
}

/** Reads a topic from given offsets up to end offsets fixed beforehand, so records arriving meanwhile do not count. */
final class Reader {

    private final KafkaConsumer<byte[], byte[]> consumer;

    Reader(KafkaConsumer<byte[], byte[]> consumer) {
        this.consumer = consumer;
    }

    /** Every record from {@code from} up to (not including) {@code to}, per partition, in offset order. */
    List<ConsumerRecord<byte[], byte[]>> read(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        List<TopicPartition> open = from.keySet().stream().filter(p -> from.get(p) < to.get(p)).toList();
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        if (open.isEmpty()) {
            return records;
        }
        consumer.assign(open);
        open.forEach(p -> consumer.seek(p, from.get(p)));
        long deadline = System.nanoTime() + Kafka.TIMEOUT.toNanos();
        while (open.stream().anyMatch(p -> consumer.position(p) < to.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out reading " + open);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < to.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        consumer.assign(List.of());
        return records;
    }
}

/** {@code list} and {@code count}: without a consumer group, so nothing is committed or moved. */
final class Listing {

    private static final int VALUE_LIMIT = 200;

    private final String bootstrap;

    Listing(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    void run(Optional<String> only) {
        try (Topics kafka = new Topics(bootstrap);
             KafkaConsumer<byte[], byte[]> consumer = Kafka.consumer(bootstrap, null)) {
            Collection<String> topics = only.<Collection<String>>map(List::of).orElseGet(kafka::deadLetterTopics);
            Map<String, Long> replayed = replayPositions(kafka.admin(), topics);
            long total = 0;
            int empty = 0;
            for (String topic : topics) {
                long held = list(kafka, consumer, topic, replayed, only.isPresent());
                total += held;
                empty += held == 0 ? 1 : 0;
            }
            if (only.isEmpty() && empty > 0 && total > 0) {
                System.out.println("(" + empty + " empty dead-letter topic(s) not shown)");
            }
            System.out.println("dead letters: " + total);
        }
    }

    void count() {
        try (Topics kafka = new Topics(bootstrap)) {
            long total = 0;
            for (String topic : kafka.deadLetterTopics()) {
                List<TopicPartition> partitions = kafka.partitions(topic);
                long held = Topics.held(kafka.beginning(partitions), kafka.end(partitions));
                System.out.println(topic + " " + held);
                total += held;
            }
            System.out.println("dead letters: " + total);
        }
    }

    /** Prints one topic's count line and its records (an empty topic only when asked for by name). */
    private static long list(Topics kafka, KafkaConsumer<byte[], byte[]> consumer, String topic,
                             Map<String, Long> replayed, boolean always) {
        List<TopicPartition> partitions = kafka.partitions(topic);
        Map<TopicPartition, Long> begin = kafka.beginning(partitions);
        Map<TopicPartition, Long> end = kafka.end(partitions);
        long held = Topics.held(begin, end);
        if (held == 0 && !always) {
            return 0;
        }
        String replay = replayed.containsKey(topic) ? ", replayed up to offset " + replayed.get(topic) : "";
        System.out.println(topic + ": " + held + " dead letter(s)" + replay);
        for (ConsumerRecord<byte[], byte[]> record : new Reader(consumer).read(begin, end)) {
            DeadLetter letter = new DeadLetter(record);
            System.out.printf("  %s  %s  from %s  key %s%n", letter.position(partitions.size() > 1),
                    Instant.ofEpochMilli(record.timestamp()), letter.origin(), Kafka.text(record.key()));
            System.out.println("      reason: " + letter.reason());
            System.out.println("      value:  " + letter.value(VALUE_LIMIT));
        }
        return held;
    }

    /** Where the next replay of each topic starts (partition 0: dead-letter topics have one), read-only. */
    private static Map<String, Long> replayPositions(Admin admin, Collection<String> topics) {
        Map<TopicPartition, OffsetAndMetadata> committed =
                Kafka.await(admin.listConsumerGroupOffsets(Replay.GROUP).partitionsToOffsetAndMetadata());
        Map<String, Long> positions = new TreeMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null && partition.partition() == 0 && topics.contains(partition.topic())) {
                positions.put(partition.topic(), offset.offset());
            }
        });
        return positions;
    }
}

/**
 * {@code replay}: sends a dead-letter topic's records back to their original topics. Each batch is committed as
 * consumer-group offsets of {@value #GROUP} only once the broker acknowledged every send in it, so a failure part-way
 * sends at most that batch again, never skips one. {@code --offset N} sends exactly that record, whatever was replayed
 * before; it moves the group's offset on only when N is where the next replay would have started.
 */
final class Replay {

    static final String GROUP = "dead-letter-replay";

    private final String bootstrap;
    private final String topic;
    private final Optional<TopicPartition> one;
    private final long offset;

    private Replay(String bootstrap, String topic, Optional<TopicPartition> one, long offset) {
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.one = one;
        this.offset = offset;
    }

    static Replay fromArguments(String bootstrap, List<String> arguments) {
        String topic = null;
        Long offset = null;
        int partition = 0;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--offset" -> offset = number(arguments, ++i, argument);
                case "--partition" -> partition = (int) number(arguments, ++i, argument);
                default -> {
                    if (argument.startsWith("-") || topic != null) {
                        throw new UsageException("unexpected argument for replay: " + argument);
                    }
                    topic = argument;
                }
            }
        }
        if (topic == null || !topic.endsWith(Kafka.DLQ_SUFFIX)) {
            throw new UsageException("replay needs a dead-letter topic (<service>.<topic>.dlq), got " + topic);
        }
        if (offset == null && arguments.contains("--partition")) {
            throw new UsageException("--partition goes with --offset");
        }
        if (offset == null) {
            return new Replay(bootstrap, topic, Optional.empty(), -1);
        }
        return new Replay(bootstrap, topic, Optional.of(new TopicPartition(topic, partition)), offset);
    }

    private static long number(List<String> arguments, int i, String option) {
        if (i >= arguments.size()) {
            throw new UsageException(option + " needs a number");
        }
        try {
            return Long.parseLong(arguments.get(i));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, got " + arguments.get(i));
        }
    }

    void run() {
        try (Topics kafka = new Topics(bootstrap);
             KafkaConsumer<byte[], byte[]> consumer = Kafka.consumer(bootstrap, GROUP);
             KafkaProducer<byte[], byte[]> producer = Kafka.producer(bootstrap)) {
            List<TopicPartition> partitions = kafka.partitions(topic);
            Map<TopicPartition, Long> begin = kafka.beginning(partitions);
            Map<TopicPartition, Long> end = kafka.end(partitions);
            Map<TopicPartition, Long> next = nextToReplay(consumer, partitions, begin);
            Map<TopicPartition, Long> from = one.isPresent() ? onlyOne(partitions, begin, end) : next;
            Map<TopicPartition, Long> to = one.isPresent() ? Map.of(one.get(), offset + 1) : end;
            int sent = 0;
            for (TopicPartition partition : from.keySet()) {
                sent += replay(consumer, producer, partition, from.get(partition), to.get(partition),
                        next.get(partition));
            }
            summary(sent, Topics.held(begin, end), next);
        }
    }

    /** The committed offset of each partition, or its beginning if none (or if retention removed the committed one). */
    private static Map<TopicPartition, Long> nextToReplay(KafkaConsumer<byte[], byte[]> consumer,
                                                          List<TopicPartition> partitions,
                                                          Map<TopicPartition, Long> begin) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), Kafka.TIMEOUT);
        Map<TopicPartition, Long> next = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            next.put(partition, Math.max(begin.get(partition), offset == null ? 0 : offset.offset()));
        }
        return next;
    }

    private Map<TopicPartition, Long> onlyOne(List<TopicPartition> partitions, Map<TopicPartition, Long> begin,
                                              Map<TopicPartition, Long> end) {
        TopicPartition partition = one.get();
        if (!partitions.contains(partition)) {
            throw new IllegalArgumentException(topic + " has no partition " + partition.partition());
        }
        if (offset < begin.get(partition) || offset >= end.get(partition)) {
            throw new IllegalArgumentException(topic + " holds offsets " + begin.get(partition) + " to "
                    + (end.get(partition) - 1) + " in partition " + partition.partition() + ", not " + offset);
        }
        return Map.of(partition, offset);
    }

    /** Sends one partition's records from..to, batch by batch, committing after each acknowledged batch. */
    private int replay(KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> producer,
                       TopicPartition partition, long from, long to, long next) {
        if (from >= to) {
            return 0;
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        int sent = 0;
        long deadline = System.nanoTime() + Kafka.TIMEOUT.toNanos();
        while (consumer.position(partition) < to) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out reading " + partition);
            }
            List<ConsumerRecord<byte[], byte[]>> batch = consumer.poll(Duration.ofMillis(500)).records(partition)
                    .stream().filter(record -> record.offset() < to).toList();
            if (batch.isEmpty()) {
                continue;
            }
            List<Future<RecordMetadata>> acks =
                    batch.stream().map(record -> producer.send(new DeadLetter(record).replay())).toList();
            producer.flush();
            for (int i = 0; i < batch.size(); i++) {
                print(new DeadLetter(batch.get(i)), Kafka.await(acks.get(i)));
            }
            sent += batch.size();
            long after = batch.get(batch.size() - 1).offset() + 1;
            // With --offset only the very next record moves the group on: anything else would skip or repeat records.
            if (one.isEmpty() || from == next) {
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(after)), Kafka.TIMEOUT);
            }
        }
        return sent;
    }

    private static void print(DeadLetter letter, RecordMetadata sent) {
        ConsumerRecord<byte[], byte[]> record = letter.record();
        System.out.printf("replayed %s:%d -> %s-%d@%d  key %s  (set aside from %s: %s)%n", record.topic(),
                record.offset(), sent.topic(), sent.partition(), sent.offset(), Kafka.text(record.key()),
                letter.origin(), letter.shortReason());
    }

    private void summary(int sent, long held, Map<TopicPartition, Long> next) {
        if (sent > 0) {
            System.out.println("replayed " + sent + " record(s) from " + topic);
        } else if (held == 0) {
            System.out.println("nothing to replay: " + topic + " holds no dead letters");
        } else {
            String positions = next.entrySet().stream().map(e -> next.size() > 1
                    ? e.getKey().partition() + ":" + e.getValue() : String.valueOf(e.getValue()))
                    .collect(Collectors.joining(", "));
            System.out.println("nothing to replay on " + topic + ": its " + held + " record(s) were replayed before"
                    + " (the next replay starts at offset " + positions + "); --offset N sends one again");
        }
    }
}

/** One topic of the Strimzi manifest: its name, partitions and config. */
record ManifestTopic(String name, int partitions, Map<String, String> config) {

    boolean isDeadLetter() {
        return name.endsWith(Kafka.DLQ_SUFFIX);
    }

    boolean isCompacted() {
        return config.getOrDefault("cleanup.policy", "").contains("compact");
    }
}

/**
 * Reads deploy/base/kafka-topics.yaml line by line: it is generated (deploy-checks' TopicManifest) and regular, one
 * KafkaTopic per document with {@code topicName:}, {@code partitions:} and a {@code config:} map under {@code spec:}.
 */
final class TopicManifest {

    private TopicManifest() {
    }

    static List<ManifestTopic> read(Path file) throws IOException {
        List<ManifestTopic> topics = new ArrayList<>();
        String name = null;
        int partitions = 0;
        Map<String, String> config = new LinkedHashMap<>();
        int configIndent = -1;
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.equals("---")) {
                add(topics, name, partitions, config);
                name = null;
                partitions = 0;
                config = new LinkedHashMap<>();
                configIndent = -1;
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (configIndent >= 0 && indent > configIndent && trimmed.contains(":")) {
                config.put(key(trimmed), value(trimmed));
                continue;
            }
            configIndent = -1;
            if (trimmed.startsWith("topicName:")) {
                name = value(trimmed);
            } else if (trimmed.startsWith("partitions:")) {
                partitions = Integer.parseInt(value(trimmed));
            } else if (trimmed.equals("config:")) {
                configIndent = indent;
            }
        }
        add(topics, name, partitions, config);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("no topicName: found in " + file);
        }
        return topics;
    }

    private static void add(List<ManifestTopic> topics, String name, int partitions, Map<String, String> config) {
        if (name != null) {
            topics.add(new ManifestTopic(name, partitions, Map.copyOf(config)));
        }
    }

    private static String key(String line) {
        return line.substring(0, line.indexOf(':')).strip();
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}

/**
 * {@code ensure-topics}: the local broker has the topics production has, and keeps dead letters and snapshots as
 * production does. Every topic of the manifest is created if missing (a dead-letter topic with the manifest's
 * partitions, 1; the others with the broker's default, 3: the services' Kafka users may not create topics), and each
 * dead-letter and compacted one gets the manifest's {@code retention.ms} and {@code cleanup.policy}. Nothing else: not
 * {@code min.insync.replicas} nor the replication factor (there may be one broker), nor the partitions of a topic that
 * exists. Running it again changes nothing.
 */
final class EnsureTopics {

    private static final List<String> APPLIED = List.of("retention.ms", "cleanup.policy");

    private final String bootstrap;

    EnsureTopics(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    void run(List<ManifestTopic> manifest) {
        try (Admin admin = Kafka.admin(bootstrap)) {
            Set<String> existing = Kafka.await(admin.listTopics().names());
            int created = 0;
            List<ManifestTopic> toConfigure = new ArrayList<>();
            for (ManifestTopic topic : manifest) {
                if (!existing.contains(topic.name()) && create(admin, topic)) {
                    System.out.println("created " + topic.name() + " " + applied(topic));
                    created++;
                } else if (topic.isDeadLetter() || topic.isCompacted()) {
                    toConfigure.add(topic);
                }
            }
            configure(admin, toConfigure);
            toConfigure.forEach(topic -> System.out.println("configured " + topic.name() + " " + applied(topic)));
            System.out.println("topics: created " + created + ", configured " + toConfigure.size());
        }
    }

    /** False when someone (a service's producer, auto-creating it) was quicker: then it is configured instead. */
    private static boolean create(Admin admin, ManifestTopic topic) {
        Optional<Integer> partitions =
                topic.isDeadLetter() ? Optional.of(Math.max(1, topic.partitions())) : Optional.empty();
        NewTopic newTopic = new NewTopic(topic.name(), partitions, Optional.empty()).configs(applied(topic));
        try {
            admin.createTopics(List.of(newTopic)).all().get();
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new IllegalStateException("cannot create " + topic.name() + ": " + Kafka.message(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void configure(Admin admin, List<ManifestTopic> topics) {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        for (ManifestTopic topic : topics) {
            List<AlterConfigOp> ops = applied(topic).entrySet().stream()
                    .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                    .toList();
            if (!ops.isEmpty()) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), ops);
            }
        }
        if (!changes.isEmpty()) {
            Kafka.await(admin.incrementalAlterConfigs(changes).all());
        }
    }

    private static Map<String, String> applied(ManifestTopic topic) {
        Map<String, String> config = new TreeMap<>();
        APPLIED.forEach(key -> {
            if (topic.config().containsKey(key)) {
                config.put(key, topic.config().get(key));
            }
        });
        return config;
    }
}

/** One ACL of a KafkaUser: a resource (topic or group, by literal name or prefix) and the operations allowed on it. */
record ManifestAcl(String user, String resourceType, String name, String patternType, List<String> operations) {
}

/**
 * Reads deploy/base/kafka-users.yaml line by line: it is generated (deploy-checks' UserManifest) and regular, one
 * KafkaUser per document, its name the first {@code name:} (under {@code metadata:}), then under {@code acls:} each
 * entry a {@code - resource:} with {@code type:}, {@code name:} and {@code patternType:}, and its {@code operations:}
 * as a flow list.
 */
final class UserManifest {

    private UserManifest() {
    }

    static List<ManifestAcl> read(Path file) throws IOException {
        List<ManifestAcl> acls = new ArrayList<>();
        String user = null;
        Map<String, String> resource = new LinkedHashMap<>();
        boolean inAcls = false;
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.equals("---")) {
                user = null;
                inAcls = false;
            } else if (trimmed.equals("acls:")) {
                inAcls = true;
            } else if (!inAcls && user == null && trimmed.startsWith("name:")) {
                user = value(trimmed);
            } else if (inAcls && trimmed.equals("- resource:")) {
                resource = new LinkedHashMap<>();
            } else if (inAcls && trimmed.startsWith("operations:")) {
                String list = value(trimmed).replace("[", "").replace("]", "");
                List<String> operations = List.of(list.split("\\s*,\\s*"));
                acls.add(new ManifestAcl(user, resource.get("type"), resource.get("name"), resource.get("patternType"),
                        operations));
            } else if (inAcls && trimmed.contains(":")) {
                resource.put(trimmed.substring(0, trimmed.indexOf(':')).strip(), value(trimmed));
            }
        }
        if (acls.isEmpty()) {
            throw new IllegalArgumentException("no ACL found in " + file);
        }
        return acls;
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}

/**
 * {@code ensure-acls}: the local broker lets each Kafka user do what deploy/base/kafka-users.yaml allows it, and no
 * more: the manifest's ACLs are created, and ACLs of those users that the manifest no longer has are deleted (a topic
 * a service stopped publishing). Users not in the manifest (kafka-admin, a super user) are left alone. Running it
 * again changes nothing.
 */
final class EnsureAcls {

    private final String bootstrap;

    EnsureAcls(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    void run(List<ManifestAcl> manifest) {
        Set<AclBinding> wanted = new LinkedHashSet<>();
        for (ManifestAcl acl : manifest) {
            for (String operation : acl.operations()) {
                wanted.add(binding(acl, operation));
            }
        }
        Set<String> users = manifest.stream().map(acl -> "User:" + acl.user()).collect(Collectors.toSet());
        try (Admin admin = Kafka.admin(bootstrap)) {
            Collection<AclBinding> existing =
                    Kafka.await(admin.describeAcls(AclBindingFilter.ANY).values());
            List<AclBindingFilter> stale = existing.stream()
                    .filter(binding -> users.contains(binding.entry().principal()) && !wanted.contains(binding))
                    .map(AclBinding::toFilter).toList();
            List<AclBinding> missing =
                    wanted.stream().filter(binding -> !existing.contains(binding)).toList();
            if (!missing.isEmpty()) {
                Kafka.await(admin.createAcls(missing).all());
            }
            if (!stale.isEmpty()) {
                Kafka.await(admin.deleteAcls(stale).all());
            }
            missing.forEach(binding -> System.out.println("allowed " + binding));
            stale.forEach(filter -> System.out.println("removed " + filter));
            System.out.println("acls: " + wanted.size() + " for " + users.size() + " users, created " + missing.size()
                    + ", removed " + stale.size());
        }
    }

    private static AclBinding binding(ManifestAcl acl, String operation) {
        var type = switch (acl.resourceType()) {
            case "topic" -> ResourceType.TOPIC;
            case "group" -> ResourceType.GROUP;
            default -> throw new IllegalArgumentException("unknown resource type " + acl.resourceType() + " of " + acl);
        };
        var pattern = "prefix".equals(acl.patternType()) ? PatternType.PREFIXED
                : PatternType.LITERAL;
        var allowed = AclOperation.fromString(operation);
        if (allowed == AclOperation.UNKNOWN) {
            throw new IllegalArgumentException("unknown operation " + operation + " in " + acl);
        }
        return new AclBinding(
                new ResourcePattern(type, acl.name(), pattern),
                new AccessControlEntry("User:" + acl.user(), "*", allowed,
                        AclPermissionType.ALLOW));
    }
}
