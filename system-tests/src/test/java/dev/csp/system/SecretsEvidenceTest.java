package dev.csp.system;

import static dev.csp.system.Platform.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.system.Fixtures.Side;
import dev.csp.testing.DemoUser;
import dev.csp.testing.StackKafka;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Secrets and evidence on the running stack: a product key that was read is nowhere in plaintext (no database column,
 * log file or Kafka record); a download link cannot be forged or extended; the activity log verifies.
 */
class SecretsEvidenceTest {

    private static final Duration SOON = Duration.ofSeconds(45);
    private static final String KAFKA = System.getProperty("csp.kafka.bootstrap", "localhost:9092");

    @Test
    void aProductKeyThatWasReadIsNowhereInPlaintext() throws Exception {
        Purchase purchase = Purchase.make(Side.CONTOSO);
        String key = as(DemoUser.CONTOSO_ADMIN_AGENT, Platform.ENTITLEMENTS).get("/v1/entitlements/{id}/key",
                purchase.entitlementId).then().statusCode(200).extract().path("productKey");
        as(DemoUser.ADATUM_ADMIN, Platform.ENTITLEMENTS).get("/v1/entitlements/{id}/key", purchase.entitlementId)
                .then().statusCode(200);
        // the reads have gone the whole way: outbox, Kafka, audit-service's log
        await().atMost(SOON).until(() -> purchase.logged("KEY_ACCESSED"));
        List<byte[]> needles = needles(key);

        int columns = 0;
        List<String> found = new ArrayList<>();
        for (Databases db : Databases.values()) {
            try (Connection connection = db.connect()) {
                for (Databases.Column column : db.textColumns(connection)) {
                    columns++;
                    if (holds(connection, column, needles)) {
                        found.add("column " + column);
                    }
                }
            }
        }
        List<Path> logs;
        try (Stream<Path> files = Files.walk(Platform.stackDir().resolve("logs"))) {
            logs = files.filter(Files::isRegularFile).toList();
        }
        for (Path log : logs) {
            if (contains(Files.readAllBytes(log), needles)) {
                found.add("log " + log);
            }
        }
        long records = searchKafka(needles, found);

        purchase.cancel();
        System.out.printf("secrets: key searched in %d columns, %d log files, %d kafka records, found %d%n", columns,
                logs.size(), records, found.size());
        assertTrue(columns > 50 && !logs.isEmpty() && records > 0, "searched nothing: " + columns + "/" + logs.size());
        assertTrue(found.isEmpty(), "the product key in plaintext: " + found);
    }

    @Test
    void aDownloadLinkCannotBeForgedOrExtended() {
        Purchase purchase = Purchase.make(Side.FABRIKAM);
        Map<String, Object> build = purchase.firstDownload();
        String url = as(DemoUser.NORTHWIND_ADMIN, Platform.ENTITLEMENTS).body(Map.of("version", build.get("version"),
                        "language", build.get("language"), "bitness", build.get("bitness")))
                .post("/v1/entitlements/{id}/download-links", purchase.entitlementId).then().statusCode(201)
                .extract().path("url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertEquals(206, download(token), "the genuine link");

        String[] parts = token.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
        byte[] mac = Base64.getUrlDecoder().decode(parts[1]);
        Map<String, String> forgeries = new HashMap<>();
        forgeries.put("a byte of the signature changed", encode(payload, flipped(mac, 7)));
        forgeries.put("a byte of the link id changed", encode(flipped(payload, 3), mac));
        forgeries.put("a byte of the expiry changed", encode(flipped(payload, 23), mac));
        long expiry = ByteBuffer.wrap(payload, 16, 8).getLong();
        forgeries.put("the expiry a day later", encode(withExpiry(payload, expiry + 86_400), mac));
        forgeries.put("the expiry a year later", encode(withExpiry(payload, expiry + 365L * 86_400), mac));
        forgeries.put("the signature cut short", parts[0] + "." + parts[1].substring(0, parts[1].length() - 2));
        forgeries.put("no signature", parts[0] + ".");
        forgeries.put("the signature of another link", parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new byte[32]));
        for (Map.Entry<String, String> forgery : forgeries.entrySet()) {
            assertEquals(403, download(forgery.getValue()), forgery.getKey());
        }

        purchase.cancel();
        await().atMost(SOON).until(() -> download(token) == 410); // a cancelled purchase takes its links along
        System.out.printf("download links: %d forgeries refused (403), the genuine link 206, then 410 once cancelled%n",
                forgeries.size());
    }

    /** The tamper cases run in audit-service's own tests; here: the log as the running stack keeps it checks out. */
    @Test
    void theActivityLogOfEachPartnerVerifies() throws Exception {
        List<String> broken = new ArrayList<>();
        for (DemoUser auditor : List.of(DemoUser.CONTOSO_GLOBAL_ADMIN, DemoUser.FABRIKAM_GLOBAL_ADMIN)) {
            Map<String, Object> verification = as(auditor, Platform.AUDIT).get("/v1/activity-log/verify").then()
                    .statusCode(200).extract().path("");
            if (!Boolean.TRUE.equals(verification.get("intact"))) {
                broken.add(auditor.tenantId() + ": " + verification);
            }
        }
        assertTrue(broken.isEmpty(), "the activity log does not verify: " + broken + "; checkpoints were signed with the"
                + " keys " + checkpointKeys() + " (a key other than the running audit-service's cannot be verified)");
    }

    // ---------------------------------------------------------------- a purchase to look at

    /** One Windows Server license bought for the side's demo customer, granted and ready. */
    private static final class Purchase {
        final Side side;
        final String customerId;
        final String orderId;
        final String entitlementId;

        private Purchase(Side side, String customerId, String orderId, String entitlementId) {
            this.side = side;
            this.customerId = customerId;
            this.orderId = orderId;
            this.entitlementId = entitlementId;
        }

        static Purchase make(Side side) {
            String customer = Fixtures.customerId(side);
            String order = Fixtures.placeOrder(side, customer);
            Map<String, Object> granted = await().atMost(SOON).until(() -> Fixtures.entitlement(side, customer,
                    e -> order.equals(e.get("orderId")) && "ACTIVE".equals(e.get("status"))), e -> e != null);
            return new Purchase(side, customer, order, (String) granted.get("id"));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> firstDownload() {
            List<Map<String, Object>> downloads = as(side.adminAgent, Platform.ENTITLEMENTS)
                    .get("/v1/entitlements/{id}", entitlementId).then().statusCode(200).extract().path("downloads");
            return downloads.get(0);
        }

        boolean logged(String type) {
            List<Map<String, Object>> entries = as(side.globalAdmin, Platform.AUDIT).queryParam("customerId", customerId)
                    .queryParam("type", type).queryParam("limit", 500).get("/v1/activity-log").then().statusCode(200)
                    .extract().path("");
            return entries.stream().anyMatch(e -> entitlementId.equals(e.get("subjectId")));
        }

        /** Settled again: keys and links revoked, the charge credited. */
        void cancel() {
            as(side.adminAgent, Platform.ORDERS).body(Map.of("acknowledged", true))
                    .post("/v1/customers/{c}/orders/{o}/cancellations", customerId, orderId).then().statusCode(200);
        }
    }

    // ---------------------------------------------------------------- searching

    /** The key as shown, without its dashes, in lower case, and base64-encoded. */
    private static List<byte[]> needles(String key) {
        String bare = key.replace("-", "");
        return Stream.of(key, bare, key.toLowerCase(Locale.ROOT), bare.toLowerCase(Locale.ROOT),
                        Base64.getEncoder().encodeToString(bare.getBytes(StandardCharsets.US_ASCII)),
                        Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.US_ASCII)))
                .distinct().map(text -> text.getBytes(StandardCharsets.US_ASCII)).toList();
    }

    private static boolean holds(Connection connection, Databases.Column column, List<byte[]> needles) throws Exception {
        String name = "\"" + column.name() + "\"";
        String sql = column.binary()
                ? "select count(*) from \"" + column.table() + "\" where " + name + " is not null and ("
                        + needles.stream().map(n -> "position(?::bytea in " + name + ") > 0").collect(Collectors.joining(" or "))
                        + ")"
                : "select count(*) from \"" + column.table() + "\" where " + name + "::text ilike any (?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (column.binary()) {
                for (int i = 0; i < needles.size(); i++) {
                    query.setBytes(i + 1, needles.get(i));
                }
            } else {
                query.setArray(1, connection.createArrayOf("text", needles.stream()
                        .map(n -> "%" + new String(n, StandardCharsets.US_ASCII) + "%").toArray()));
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1) > 0;
            }
        }
    }

    /** Every record of every topic, from the beginning, read without joining a group. */
    private static long searchKafka(List<byte[]> needles, List<String> found) {
        Properties config = StackKafka.as(Platform.stackDir(), StackKafka.ADMIN);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        long records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(15)).values().stream()
                    .flatMap(List::stream).map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                assertTrue(Instant.now().isBefore(deadline), "Kafka was not read to its end within a minute");
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    boolean hit = contains(record.key(), needles) || contains(record.value(), needles);
                    for (Header header : record.headers()) {
                        hit |= contains(header.value(), needles);
                    }
                    if (hit) {
                        found.add("kafka " + record.topic() + "-" + record.partition() + "@" + record.offset());
                    }
                }
            }
        }
        return records;
    }

    private static boolean contains(byte[] haystack, List<byte[]> needles) {
        if (haystack == null) {
            return false;
        }
        for (byte[] needle : needles) {
            outer:
            for (int i = 0; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- download links

    private static int download(String token) {
        Response response = Platform.anonymous(Platform.ENTITLEMENTS).urlEncodingEnabled(false).header("Range", "bytes=0-15")
                .get("/v1/downloads/" + token);
        return response.statusCode();
    }

    private static byte[] flipped(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    private static byte[] withExpiry(byte[] payload, long epochSecond) {
        byte[] copy = payload.clone();
        ByteBuffer.wrap(copy, 16, 8).putLong(epochSecond);
        return copy;
    }

    private static String encode(byte[] payload, byte[] mac) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(payload) + "." + encoder.encodeToString(mac);
    }

    private static Set<String> checkpointKeys() throws Exception {
        try (Connection connection = Databases.AUDIT.connect();
             PreparedStatement query = connection.prepareStatement("select distinct key_id from activity_checkpoint");
             ResultSet rows = query.executeQuery()) {
            Set<String> keys = new java.util.TreeSet<>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        }
    }
}
