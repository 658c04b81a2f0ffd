package dev.csp.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.BillingFrequency;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.order.domain.CatalogSku;
import dev.csp.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The kit's inbox and dead-letter handling, seen through order-service's product-published listener. */
@QuarkusTest
class MessagingTest {

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() {
        String poison = "{\"eventId\": \"not-a-uuid\", " + UUID.randomUUID() + "}";
        ProductPublished good = product("dlq-check-" + UUID.randomUUID(), 1);

        TestKafka.send(ProductPublished.TOPIC, "poison", poison);
        TestKafka.send(ProductPublished.TOPIC, good.key(), EventCodec.toJson(good));

        await().atMost(Duration.ofSeconds(30)).until(() -> skuRevision(good) != null);
        List<ConsumerRecord<String, String>> deadLetters = TestKafka.readUntil(
                "order-service.product-published.dlq", r -> poison.equals(r.value()), Duration.ofSeconds(15));
        assertTrue(deadLetters.stream().anyMatch(r -> poison.equals(r.value())), "poison record on the dead-letter topic");
    }

    @Test
    void anOlderSnapshotNeverReplacesANewerOne() {
        String id = "revision-check-" + UUID.randomUUID();
        ProductPublished newer = product(id, 2);
        ProductPublished older = product(id, 1);
        ProductPublished marker = product("revision-marker-" + UUID.randomUUID(), 1);

        TestKafka.send(ProductPublished.TOPIC, newer.key(), EventCodec.toJson(newer));
        TestKafka.send(ProductPublished.TOPIC, older.key(), EventCodec.toJson(older));
        TestKafka.send(ProductPublished.TOPIC, marker.key(), EventCodec.toJson(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> skuRevision(marker) != null && skuRevision(newer) != null);

        assertEquals(2L, skuRevision(newer));
    }

    private static Long skuRevision(ProductPublished product) {
        return QuarkusTransaction.requiringNew().call(() -> CatalogSku.<CatalogSku>findByIdOptional(product.skus().get(0).skuId())
                .map(sku -> sku.revision).orElse(null));
    }

    private static ProductPublished product(String id, long revision) {
        return new ProductPublished(UUID.randomUUID(), Instant.now(), id, revision, id, ProductKind.PERPETUAL_SOFTWARE,
                true, Set.of(), List.of(CatalogFixture.policy(true, 60, ProductPublished.RefundKind.FULL)),
                List.of(new ProductPublished.Sku(id + "-sku", id, List.of(), List.of(BillingFrequency.ONE_TIME), 1, 10,
                        List.of(new ProductPublished.Price("US", null, Money.of("1.00", "USD"), false)), List.of())));
    }
}
