package dev.csp.order;

import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.outbox.OutboxRelay;
import dev.csp.testing.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The kit's transactional outbox and relay, seen through order placement. */
@QuarkusTest
class OutboxTest {

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    /** The service stays ready (in the gateway's rotation) while the broker is away; the broker's own group says so. */
    @Test
    void anOrderAcceptedWhileTheBrokerIsDownIsPublishedOnceItIsBack() {
        CatalogFixture.publishTestCatalog();
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");

        String orderId;
        TestKafka.stopBroker();
        try {
            orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
            assertEquals(1, waiting(orderId), "the event waits in the outbox while Kafka is away");
            RestAssured.get("/q/health/ready").then().statusCode(200);
            RestAssured.get("/q/health/group/broker").then().statusCode(503);
        } finally {
            TestKafka.startBroker();
        }

        TestKafka.await(OrderPlaced.TOPIC, record -> orderId.equals(record.key()));
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting(orderId) == 0);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> RestAssured.get("/q/health/group/broker").statusCode() == 200);
    }

    @Test
    void aCommittedEventIsPublishedAndLeavesTheOutbox() {
        CatalogFixture.publishTestCatalog();
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");

        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(() -> waiting(orderId) == 0);
        TestKafka.await(OrderPlaced.TOPIC, record -> orderId.equals(record.key()));
    }

    @Test
    void onlyOneReplicaRelaysAtATimeSoEachOrdersEventsStayInOrder() throws Exception {
        CatalogFixture.publishTestCatalog();
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        CountDownLatch lockHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherReplica = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(" + OutboxRelay.RELAY_LOCK + ")").getSingleResult();
            lockHeld.countDown();
            awaitQuietly(release);
        }));
        otherReplica.start();
        lockHeld.await();

        String orderId;
        try {
            orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
            Thread.sleep(1_000); // ten relay polls of the test profile
            assertEquals(1, waiting(orderId), "this replica's relay stands aside while another holds the lock");
        } finally {
            release.countDown();
            otherReplica.join();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting(orderId) == 0);
    }

    /**
     * A record the broker can never take (over the producer's 1 MB limit) is moved to outbox_parked and counted; the
     * events written after it are published all the same.
     */
    @Test
    void anEventTheBrokerRefusesForGoodIsParkedAndDoesNotHoldBackTheOnesAfterIt() {
        CatalogFixture.publishTestCatalog();
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        double parkedBefore = parkedCounter();
        UUID tooLarge = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into outbox_event (event_id, topic, record_key, payload)
                        values (:id, 'order-placed', :key, repeat('x', 2000000))""")
                .setParameter("id", tooLarge).setParameter("key", "too-large-" + tooLarge).executeUpdate());

        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);

        TestKafka.await(OrderPlaced.TOPIC, record -> orderId.equals(record.key()));
        await().atMost(Duration.ofSeconds(10)).until(() -> parked(tooLarge) == 1);
        assertEquals(0, waiting("too-large-" + tooLarge), "the refused event left the outbox");
        assertEquals(parkedBefore + 1, parkedCounter(), "and was counted");
    }

    private long parked(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_parked where event_id = :id and reason like '%RecordTooLarge%'")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private double parkedCounter() {
        return meters.counter("csp.outbox.parked").count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long waiting(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where record_key = :key")
                .setParameter("key", orderId).getSingleResult()).longValue());
    }
}
